import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { isConnectionLost, tenantStatement, withTenant, type SpejlDatabase } from '../src/index.ts';
import { testEngines } from '../src/testing/index.ts';
import { twoTenants } from './two-tenants.ts';

/*
 * A backend ended under a connection in use (issue 11, item 3: pg_terminate_backend took the
 * server down with an unhandled 'error' on a pg client, 57P01). Here the connections are ended
 * while they run a query, while they sit in a transaction between statements, and while a group
 * commit batch is out; each time only that work fails, as a lost connection, and the pool goes on.
 * An unhandled 'error' event would end this test process, failing the run.
 */

const postgres = testEngines().filter((e) => e.name === 'postgres');

describe('telling a lost connection from a refused statement', () => {
  it.each([
    ['57P01 terminated by an administrator', { code: '57P01', severity: 'FATAL', message: 'terminating connection due to administrator command' }],
    ['08006 connection failure', { code: '08006', message: 'connection failure' }],
    ['a closed socket', new Error('Connection terminated unexpectedly')],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['a broken client reused', new Error('Client has encountered a connection error and is not queryable')],
    ['a lost connection wrapped as a cause', new Error('failed to get session', { cause: { code: '57P01', message: 'terminating' } })],
  ])('counts %s as lost', (_what, error) => {
    expect(isConnectionLost(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { code: '23505', severity: 'ERROR', message: 'duplicate key value' }],
    ['a cancelled statement', { code: '57014', severity: 'ERROR', message: 'canceling statement due to statement timeout' }],
    ['row-level security', { code: '42501', severity: 'ERROR', message: 'new row violates row-level security policy' }],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
  ])('does not count %s as lost', (_what, error) => {
    expect(isConnectionLost(error)).toBe(false);
  });
});

describe.each(postgres)('a terminated backend on $name', (engine) => {
  let handle: SpejlDatabase;
  let admin: pg.Client;
  let database: string;
  let tenant: string;

  /** Ends every backend of the pool under test (found by its application_name) and says how many. */
  const terminate = async () =>
    (await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'spejl' and datname = $1`, [database])).rowCount ?? 0;
  const alive = async () => (await sql<{ one: number }>`select 1 as one`.execute(handle.db)).rows[0]?.one;
  /**
   * The pool has recovered: a query answers within a few tries. A connection that sat idle in the
   * pool when its backend ended can be handed out in the instant before pg notices it is gone;
   * that query fails as lost too (and only as lost), the pool drops the connection, the next try works.
   */
  const recovered = async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        return await alive();
      } catch (error) {
        if (!isConnectionLost(error)) throw error;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    throw new Error('the pool did not recover');
  };

  beforeAll(async () => {
    handle = await engine.open();
    database = (await sql<{ db: string }>`select current_database() as db`.execute(handle.db)).rows[0]!.db;
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: 'spejl-test-admin' });
    await admin.connect();
    [tenant] = await twoTenants(handle.db, 'loss');
  });
  afterAll(async () => {
    await admin?.end();
    await handle?.close();
  });

  it('fails a running query as lost, and the next query gets a fresh connection', async () => {
    const running = sql`select pg_sleep(30)`.execute(handle.db).then(() => null, (e: unknown) => e);
    await expect.poll(async () => (await admin.query(`select 1 from pg_stat_activity where datname = $1 and query like 'select pg_sleep%'`, [database])).rowCount).toBe(1);
    expect(await terminate()).toBeGreaterThan(0);
    const error = await running;
    expect(isConnectionLost(error), String(error)).toBe(true);
    expect(await recovered()).toBe(1);
  });

  it('fails a transaction whose connection ends between two statements, and rolls nothing half in', async () => {
    let reached!: () => void;
    const between = new Promise<void>((resolve) => (reached = resolve));
    const work = withTenant(handle.db, tenant!, async (tx) => {
      await tx.insertInto('audit_log').values({ tenant_id: tenant!, action: 'loss-first', details: '{}' }).execute();
      reached();
      await new Promise((r) => setTimeout(r, 300));
      await tx.insertInto('audit_log').values({ tenant_id: tenant!, action: 'loss-second', details: '{}' }).execute();
    }).then(() => null, (e: unknown) => e);
    await between;
    await terminate();
    const error = await work;
    expect(isConnectionLost(error), String(error)).toBe(true);
    await recovered();
    const stored = await withTenant(handle.db, tenant!, (tx) => tx.selectFrom('audit_log').select('action').where('action', 'like', 'loss-%').execute());
    expect(stored).toEqual([]);
  });

  it('fails every statement of a group commit batch as lost instead of retrying them one by one', async () => {
    const batch = Promise.allSettled(Array.from({ length: 12 }, () => tenantStatement(handle.db, tenant!, sql`select pg_sleep(0.2)`.compile(handle.db))));
    await new Promise((r) => setTimeout(r, 80));
    await terminate();
    const outcomes = await batch;
    const lost = outcomes.filter((o) => o.status === 'rejected' && isConnectionLost(o.reason)).length;
    const other = outcomes.filter((o) => o.status === 'rejected' && !isConnectionLost(o.reason));
    expect(other).toEqual([]);
    expect(lost).toBeGreaterThan(0);
    await recovered();
    expect(await tenantStatement(handle.db, tenant!, sql<{ one: number }>`select 1 as one`.compile(handle.db))).toEqual([{ one: 1 }]);
  });

  it('survives terminations again and again while queries run', async () => {
    const outcomes: string[] = [];
    const load = Array.from({ length: 8 }, async () => {
      for (let i = 0; i < 25; i++) {
        outcomes.push(await sql`select pg_sleep(0.02)`.execute(handle.db).then(() => 'ok', (e: unknown) => (isConnectionLost(e) ? 'lost' : `other: ${String(e)}`)));
      }
    });
    const killer = (async () => { for (let i = 0; i < 10; i++) { await new Promise((r) => setTimeout(r, 40)); await terminate(); } })();
    await Promise.all([...load, killer]);
    expect(outcomes.filter((o) => o.startsWith('other'))).toEqual([]);
    expect(outcomes.filter((o) => o === 'lost').length).toBeGreaterThan(0);
    expect(await recovered()).toBe(1);
  });
});
