import { createHmac } from 'node:crypto';

/*
 * How a respondent finds their own form again without the database knowing whose it is.
 *
 * A form row carries `owner_key = HMAC(link secret, "form:<slot>")` (a link secret belongs to one
 * respondent in one round). Only someone holding the link secret can compute it: the database has
 * SHA-256(secret), from which no HMAC keyed by the secret can be computed. So the respondent can
 * save, come back and change answers until the round closes, while `round_forms` has no column
 * that leads to a person and `round_assignments` (who has finished) has no column that leads to a
 * form. The same key makes submitting idempotent: retries, double clicks and two tabs all address
 * the one row the unique key (tenant_id, round_id, owner_key) allows.
 */

/** The key under which one of a respondent's forms is stored. */
export function formOwnerKey(secret: Buffer, slot: number): string {
  return createHmac('sha256', secret).update(`form:${slot}`).digest('base64url');
}
