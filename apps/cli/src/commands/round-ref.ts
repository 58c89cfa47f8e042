import { codedError } from '@spejl/core';
import { withTenant, type Database, type Kysely } from '@spejl/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A round named on the command line by its id or by its name (case ignored), so nobody has to copy
 * a uuid from the console; an unknown or ambiguous name lists what there is to choose from.
 */
export async function roundIdOf(db: Kysely<Database>, tenantId: string, value: string): Promise<string> {
  const rounds = await withTenant(db, tenantId, (tx) => tx.selectFrom('rounds').select(['id', 'name', 'status']).orderBy('created_at', 'desc').execute());
  const match = UUID.test(value) ? rounds.filter((r) => r.id === value.toLowerCase()) : rounds.filter((r) => r.name.toLowerCase() === value.trim().toLowerCase());
  if (match.length === 1) return match[0]!.id;
  if (!rounds.length) throw codedError('NOT_FOUND', 'cli.noRounds', { round: value });
  // The rounds to choose from, one a line beneath the refusal: data, said the same in every language.
  const listed = rounds.slice(0, 20).map((r) => ({ message: `${r.id}  ${r.status.padEnd(8)} ${r.name}` }));
  throw codedError('NOT_FOUND', match.length > 1 ? 'cli.roundAmbiguous' : 'cli.roundNotFound', { round: value }, listed);
}
