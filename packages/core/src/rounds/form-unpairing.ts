import { afterCommit, sql, type Database, type Kysely, type TenantTx } from '@spejl/db';

/*
 * DESIGN.md, Anonymity rule 5: once a round is closed nothing in storage pairs a form with a
 * person — not a column, not physical row order, not transaction ids, not timestamps.
 *
 * While a round is open a form is found by its owner key, which anyone holding the server's link
 * key and the stored salts could recompute; it sits where it was written, so physical order
 * follows submission order; and it was written in the same transaction as its progress row. The
 * closing transaction therefore re-inserts the round's sent forms as fresh rows (new random ids,
 * no keys) in a random order and deletes the old versions, and re-inserts the progress rows in
 * person order with the closing time as finished_at (the database function round_unlink_forms,
 * migration 0010). After commit the dead versions, which still carry the old order and
 * transaction ids, are rewritten away (VACUUM FULL).
 */

/** Rewrites a round's forms and progress as described above; call in the transaction that closed it. */
export async function unpairForms(tx: TenantTx, roundId: string): Promise<void> {
  await sql`select round_unlink_forms(${roundId}::uuid)`.execute(tx);
  afterCommit(tx, vacuumRoundTables);
}

/**
 * Rewrites the forms and progress tables into new files (VACUUM FULL) with their indexes, so the
 * old versions — which still carry the old owner keys, physical order and transaction ids — are
 * gone from every page SQL can read, raw pages included (a plain VACUUM only marks their space
 * free: pageinspect still reads them). It briefly locks both tables for every tenant; closing a
 * round is rare and submissions wait rather than fail. ANALYZE replaces statistics sampled from
 * the old rows. Best effort: VACUUM needs the tables' owner (the connecting role; withTenant's app
 * role is gone after commit); a failure is reported, not thrown.
 */
async function vacuumRoundTables(db: Kysely<Database>): Promise<void> {
  await sql`VACUUM (FULL, ANALYZE) round_forms, round_assignments`.execute(db);
}
