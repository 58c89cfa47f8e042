import { sql, type Kysely } from 'kysely';

/*
 * Two account safeguards (DESIGN.md, Security).
 *
 * Outboxes: a stored mail says whether its copy still holds the personal links it was sent
 * with (`links_kept`, true only for mail kept in a demo without a mail server); the console
 * shows such a copy's text only in demo mode. Rows written before this migration may hold live
 * invitation, reset and survey links, so they count as kept. The column has no default after
 * that: every insert must say which it is.
 *
 * Sign-in throttle: failed sign-ins counted per account and per client address in a window,
 * shared by every server process. Keys are sha256 hashes (of the normalised e-mail or the
 * address), so the table names nobody; rows live one window and are then pruned.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['mail_outbox', 'system_mail_outbox']) {
    await db.schema.alterTable(table).addColumn('links_kept', 'boolean', (c) => c.notNull().defaultTo(true)).execute();
    await db.schema.alterTable(table).alterColumn('links_kept', (c) => c.dropDefault()).execute();
  }

  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey().check(sql`key ~ '^[0-9a-f]{64}$'`))
    .addColumn('attempts', 'integer', (c) => c.notNull().check(sql`attempts >= 0`))
    .addColumn('window_started', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX sign_in_throttle_window ON sign_in_throttle (window_started)`.execute(db);
}
