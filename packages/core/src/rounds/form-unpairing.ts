import { randomInt } from 'node:crypto';
import { afterCommit, currentTenant, onCitus, sql, tenantOf, type Database, type Kysely, type TenantTx } from '@spejl/db';
import { insertValues } from '../hierarchy/values-insert.ts';

/*
 * DESIGN.md, Anonymity rule 5: once a round is closed nothing in storage pairs a form with a
 * person — not a column, not physical row order, not transaction ids, not timestamps.
 *
 * Comments live in the form's row (migration 0026), so they are rewritten with it.
 *
 * While a round is open a form is found by its owner key, which anyone holding the server's link
 * key and the stored salts could recompute; it sits where it was written, so physical order
 * follows submission order; and it was written in the same transaction as its progress row. The
 * closing transaction therefore re-inserts the round's sent forms as fresh rows (new random ids,
 * no keys) in a random order and deletes the old versions, and re-inserts the progress rows in
 * person order with the closing time as finished_at. After commit the dead versions, which still carry the old order and
 * transaction ids, are rewritten away (VACUUM FULL).
 */

/**
 * Rewrites a round's forms and progress as described above; call in the transaction that closed it.
 * ORDER BY a strong random key: the new rows' physical order says nothing of the old one. Each
 * statement names its tenant, so on Citus it runs on the tenant's shard alone.
 */
export async function unpairForms(tx: TenantTx, roundId: string): Promise<void> {
  if (onCitus(tx)) await unpairThroughApp(tx, roundId);
  else await unpairInDatabase(tx, roundId);
  rewriteFormsAfterCommit(tx);
}

/**
 * Rewrites the forms tables after the transaction commits, as a close does: for any in-place change
 * to a closed round's forms (masked comments) whose old row versions must not stay in the pages.
 */
export function rewriteFormsAfterCommit(tx: TenantTx): void {
  // One rewrite after the commit serves every change the transaction made (several closes, as the demo's seed does).
  if (REWRITE_PLANNED.has(tx)) return;
  REWRITE_PLANNED.add(tx);
  afterCommit(tx, onCitus(tx) ? vacuumShardByShard : vacuumRoundTables);
}

const REWRITE_PLANNED = new WeakSet<TenantTx>();

async function unpairInDatabase(tx: TenantTx, roundId: string): Promise<void> {
  const tenant = currentTenant(tx);
  await sql`
    with old as (
      delete from round_forms where tenant_id = ${tenant} and round_id = ${roundId}::uuid
      returning tenant_id, round_id, subject_id, role, answers, comments, submitted, source
    )
    insert into round_forms (tenant_id, round_id, subject_id, role, answers, comments, submitted, source)
    select tenant_id, round_id, subject_id, role, answers, comments, submitted, source from old where submitted
    order by gen_random_uuid()`.execute(tx);
  await sql`
    with old as (
      delete from round_assignments where tenant_id = ${tenant} and round_id = ${roundId}::uuid
      returning tenant_id, round_id, person_id, slot, subject_id, role, finished_at
    ), closed as (
      select coalesce(closed_at, closes_at) as at from rounds where tenant_id = ${tenant} and id = ${roundId}::uuid
    )
    insert into round_assignments (tenant_id, round_id, person_id, slot, subject_id, role, finished_at)
    select o.tenant_id, o.round_id, o.person_id, o.slot, o.subject_id, o.role, case when o.finished_at is not null then (select at from closed) end
    from old o
    order by o.person_id, o.slot`.execute(tx);
}

/** A strong shuffle (Fisher–Yates over crypto's randomInt), as ORDER BY gen_random_uuid() is in the database. */
function shuffled<T>(rows: readonly T[]): T[] {
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The same rewrite on Citus, which turns INSERT … SELECT from a modifying CTE into COPY (refused
 * under row-level security): the rows pass through here and go back as VALUES, in the same orders.
 */
async function unpairThroughApp(tx: TenantTx, roundId: string): Promise<void> {
  const tenantId = tenantOf(tx);
  const forms = await tx.deleteFrom('round_forms').where('round_id', '=', roundId)
    .returning(['subject_id', 'role', 'answers', 'comments', 'submitted', 'source']).execute();
  await insertValues(tx, 'round_forms', shuffled(forms.filter((f) => f.submitted)).map((f) => ({ tenant_id: tenantId, round_id: roundId, ...f, comments: JSON.stringify(f.comments) })));
  const round = await tx.selectFrom('rounds').select(['closed_at', 'closes_at']).where('id', '=', roundId).executeTakeFirstOrThrow();
  const closedAt = round.closed_at ?? round.closes_at;
  const progress = await tx.deleteFrom('round_assignments').where('round_id', '=', roundId)
    .returning(['person_id', 'slot', 'subject_id', 'role', 'finished_at']).execute();
  progress.sort((a, b) => (a.person_id < b.person_id ? -1 : a.person_id > b.person_id ? 1 : a.slot - b.slot));
  await insertValues(tx, 'round_assignments', progress.map((p) => ({
    tenant_id: tenantId, round_id: roundId, ...p, finished_at: p.finished_at === null ? null : closedAt,
  })));
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
  if (!(await waitForOlderSnapshots(db))) {
    process.emitWarning(`rewriting the forms tables although a transaction older than the close still runs after ${SNAPSHOT_WAIT_MS / 1000} s: the rewrite may keep old row versions`);
  }
  await sql`VACUUM (FULL, ANALYZE) round_forms, round_assignments`.execute(db);
}

/** How long a rewrite waits for older transactions to end; after that it rewrites anyway (best effort, as above). */
const SNAPSHOT_WAIT_MS = 20_000;

/**
 * VACUUM FULL copies every old row version that a snapshot in this database could still see. A
 * snapshot's horizon is the oldest transaction running anywhere on the server when it was taken, so
 * a long transaction in another database (an import elsewhere) makes an autovacuum or a request
 * here keep the versions the close just deleted. Wait until every transaction older than this
 * moment has ended and no session of this database holds a snapshot from before it; false when
 * the wait ran out first.
 */
async function waitForOlderSnapshots(db: Kysely<Database>): Promise<boolean> {
  const mark = (await sql<{ xmax: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`.execute(db)).rows[0]!.xmax;
  const deadline = Date.now() + SNAPSHOT_WAIT_MS;
  while (Date.now() < deadline) {
    const { rows } = await sql<{ clear: boolean }>`
      select pg_snapshot_xmin(pg_current_snapshot()) >= ${mark}::xid8
        and not exists (
          select from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and greatest(age(backend_xmin), age(backend_xid)) > age(xid(${mark}::xid8))
        ) as clear`.execute(db);
    if (rows[0]?.clear) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * The same rewrite on Citus, one shard at a time and ANALYZE only afterwards: Citus otherwise
 * vacuums the shards over several connections at once, and an ANALYZE's snapshot on one of them
 * makes VACUUM FULL on another keep the old row versions it exists to remove.
 */
async function vacuumShardByShard(db: Kysely<Database>): Promise<void> {
  await db.connection().execute(async (connection) => {
    await sql`SET citus.max_adaptive_executor_pool_size = 1`.execute(connection);
    try {
      await sql`VACUUM (FULL) round_forms, round_assignments`.execute(connection);
      await sql`ANALYZE round_forms, round_assignments`.execute(connection);
    } finally {
      await sql`RESET citus.max_adaptive_executor_pool_size`.execute(connection);
    }
  });
}
