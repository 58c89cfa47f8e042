import { withTenant, type Database, type Kysely } from '@spejl/db';
import { codedError, SpejlError } from '../errors/spejl-error.ts';
import { personalToken } from '../survey/personal-link.ts';
import type { LinkKey } from '../survey/link-token.ts';
import { letterCodeHash, parseLetterCode } from './letter-code.ts';

/** A code that opens nothing (mistyped, replaced by a newer letter, another installation's); counted by the guess limiter. */
export class UnknownLetterCodeError extends SpejlError {
  constructor() {
    const coded = codedError('NOT_FOUND', 'letters.unknownCode', {});
    super('NOT_FOUND', coded.message, [], coded.coded);
  }
}

/**
 * The survey link token behind a typed code: the survey app then opens the survey exactly as a
 * link does (the token stays in the page's memory, never in its address or storage). The token is
 * recomputed from the respondent's salt, as the mail worker does, so no link is stored either.
 */
export async function redeemLetterCode(db: Kysely<Database>, key: LinkKey, typed: string): Promise<{ token: string }> {
  const code = parseLetterCode(typed);
  if (!code) throw new UnknownLetterCodeError();
  const hash = letterCodeHash(key, code);
  const route = await db.selectFrom('letter_code_routes').select('tenant').where('code_hash', '=', hash).executeTakeFirst();
  if (!route) throw new UnknownLetterCodeError();
  const salt = await withTenant(db, route.tenant, async (tx) => {
    const row = await tx.selectFrom('round_respondents').select('link_salt').where('letter_code_hash', '=', hash).executeTakeFirst();
    return row?.link_salt ?? null;
  });
  if (!salt) throw new UnknownLetterCodeError();
  return { token: personalToken(key, route.tenant, salt) };
}
