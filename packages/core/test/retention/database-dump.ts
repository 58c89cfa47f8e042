import { sql, type Database, type Kysely } from '@spejl/db';

/**
 * Every row of every table of the database as text, one table after another: what a search for a
 * name must come back empty from (audit log and outbox included). Read as the connection's own
 * role, which row-level security does not narrow, so no tenant's rows are left out.
 */
export async function databaseDump(db: Kysely<Database>): Promise<string> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const parts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await sql<{ text: string | null }>`select string_agg(t::text, chr(10)) as text from ${sql.table(name)} t`.execute(db);
    parts.push(`-- ${name}\n${rows[0]?.text ?? ''}`);
  }
  return parts.join('\n');
}
