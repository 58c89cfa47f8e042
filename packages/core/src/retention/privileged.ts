import { randomBytes } from 'node:crypto';
import { sql, type PrivilegedTx } from '@spejl/db';

/*
 * The two privileged paths of migration 0036: the app role may neither rewrite the audit log nor
 * a round's snapshot, so retention and erasure go through functions owned by the migration role
 * that change only names and addresses, only in the tenant of the transaction. They run in a
 * transaction of their own (withTenantPrivileged, which says why), apart from the app role's changes.
 */

/** A fresh pseudonym for one person: the audit rows about them stay linked to each other, never to them. */
export function newPseudonym(): string {
  return `slettet-${randomBytes(4).toString('hex')}`;
}

/** Replaces every needle (names, e-mail addresses) in the tenant's audit log with `pseudonym`; returns the rows changed. */
export async function pseudonymiseAudit(tx: PrivilegedTx, tenantId: string, needles: readonly string[], pseudonym: string): Promise<number> {
  // Longest first: an address holding a name ("per.hansen@…") goes whole before the name alone.
  const wanted = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length >= 3))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`select spejl_pseudonymise_audit(${tenantId}::uuid, ${wanted}::text[], ${pseudonym}) as n`.execute(tx);
  return rows[0]?.n ?? 0;
}

/** Puts position labels in place of names in a round's snapshot (or every round's) for everyone (or one person). */
export async function anonymiseSnapshot(tx: PrivilegedTx, tenantId: string, roundId: string | null, personId: string | null): Promise<number> {
  const { rows } = await sql<{ n: number }>`select spejl_anonymise_snapshot(${tenantId}::uuid, ${roundId}::uuid, ${personId}::text) as n`.execute(tx);
  return rows[0]?.n ?? 0;
}
