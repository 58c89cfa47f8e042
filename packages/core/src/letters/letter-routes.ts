import { currentTenant, type TenantTx } from '@spejl/db';

/**
 * Forgets the routes of printed letter codes, so the codes lead nowhere: when letters are printed
 * again, and when a round's or a person's personal data is erased. The hashes are read first and
 * deleted by value, as Citus refuses one statement that reads a distributed table and changes a
 * reference table.
 */
export async function dropLetterRoutes(tx: TenantTx, hashes: readonly string[]): Promise<number> {
  if (hashes.length === 0) return 0;
  const gone = await tx.deleteFrom('letter_code_routes').where('code_hash', 'in', [...hashes]).where('tenant', '=', currentTenant(tx)).executeTakeFirst();
  return Number(gone.numDeletedRows);
}

/** The route hashes of a round's respondents (all of them, or one person's). */
export async function letterHashesOf(tx: TenantTx, where: { roundId?: string; personId?: string }): Promise<string[]> {
  let query = tx.selectFrom('round_respondents').select('letter_code_hash').where('letter_code_hash', 'is not', null);
  if (where.roundId) query = query.where('round_id', '=', where.roundId);
  if (where.personId) query = query.where('person_id', '=', where.personId);
  return (await query.execute()).map((r) => r.letter_code_hash!);
}
