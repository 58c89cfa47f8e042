import type { Database, Kysely } from '../src/index.ts';

/** Two fresh tenants for a test, their slugs prefixed so several test files can share a database. */
export async function twoTenants(db: Kysely<Database>, prefix: string): Promise<[string, string]> {
  const rows = await db.insertInto('tenants').values([
    { slug: `${prefix}-a`, name: 'A', sector: 'kommune', branding: '{}' },
    { slug: `${prefix}-b`, name: 'B', sector: 'kommune', branding: '{}' },
  ]).returning('id').execute();
  return [rows[0]!.id, rows[1]!.id];
}
