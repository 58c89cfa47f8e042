import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type pg from 'pg';
import { GroupCommit } from '../src/group-commit.ts';
import { tenantStatement, withTenant, type SpejlDatabase } from '../src/index.ts';
import { testEngines } from '../src/testing/index.ts';
import { twoTenants } from './two-tenants.ts';

const postgres = testEngines().filter((e) => e.name !== 'pglite');

describe.each(postgres)('group commit of tenant statements on $name', (engine) => {
  let handle: SpejlDatabase;
  let a: string;
  let b: string;

  beforeAll(async () => {
    handle = await engine.open();
    [a, b] = await twoTenants(handle.db, 'gc');
  });
  afterAll(() => handle?.close());

  const count = async (tenant: string, action: string) =>
    (await withTenant(handle.db, tenant, (tx) => tx.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).where('action', 'like', action).executeTakeFirstOrThrow())).n;

  it('lets statements that arrive together share a transaction, each with its own rows', async () => {
    const rows = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      tenantStatement(handle.db, a, sql<{ tx: string; i: number }>`select txid_current()::text as tx, ${i}::int as i`.compile(handle.db))));
    expect(rows.map((r) => r[0]!.i)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    const transactions = new Set(rows.map((r) => r[0]!.tx));
    expect(transactions.size).toBeGreaterThan(1);
    expect(transactions.size).toBeLessThan(40);
  });

  it('fails only the failing statement of a batch and stores all the others', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => {
      const owner = i === 17 ? b : a; // one statement forges another tenant's row: RLS refuses it
      return tenantStatement(handle.db, a, sql`insert into audit_log (tenant_id, action, details) values (${owner}::uuid, ${`batch-${i}`}, '{}')`.compile(handle.db));
    }));
    const rejected = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [[i, String(o.reason)]] : []));
    expect(rejected).toEqual([[17, expect.stringMatching(/row-level security/)]]);
    expect(await count(a, 'batch-%')).toBe(29);
    expect(await count(b, 'batch-%')).toBe(0);
  });

  it('never runs one tenant statement under another tenant', async () => {
    const tenants = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? b : a));
    const rows = await Promise.all(tenants.map((t) =>
      tenantStatement(handle.db, t, sql<{ tenant: string; who: string }>`select current_setting('app.tenant_id') as tenant, current_user as who`.compile(handle.db))));
    expect(rows.map((r) => r[0]!.tenant)).toEqual(tenants);
    expect(new Set(rows.map((r) => r[0]!.who))).toEqual(new Set(['spejl_app']));
  });
});

/** A stand-in pool that records each message and answers with `answer`. */
function fakePool(answer: (text: string) => Promise<unknown>) {
  const sent: string[] = [];
  let connects = 0;
  const pool = {
    connect: async () => {
      connects++;
      return { query: (text: string) => (sent.push(text), answer(text)), release: () => undefined };
    },
  } as unknown as pg.Pool;
  return { pool, sent, connects: () => connects };
}

const results = (text: string) => text.split('; ').map((_, i) => ({ rows: [{ i }] }));

describe('group commit batching', () => {
  it('splits a long queue into batches of at most maxBatch and lets tenants take turns', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { pool, sent } = fakePool(async (text) => {
      await gate;
      return results(text);
    });
    const group = new GroupCommit(pool, { maxInFlight: 1, maxBatch: 3, citus: async () => false });
    const all = [
      group.run("'t1'", 'select 1'), // goes out alone at once
      ...Array.from({ length: 7 }, () => group.run("'t1'", 'select 1')),
      group.run("'t2'", 'select 2'),
    ];
    release();
    await Promise.all(all);
    const batches = sent.map((t) => ({ tenant: /app\.tenant_id = ('t\d')/.exec(t)![1], size: t.split('; ').length - 4 }));
    expect(batches).toEqual([
      { tenant: "'t1'", size: 1 },
      { tenant: "'t1'", size: 3 },
      { tenant: "'t2'", size: 1 },
      { tenant: "'t1'", size: 3 },
      { tenant: "'t1'", size: 1 },
    ]);
  });

  it('gives every caller the error when the connection fails, and retries nothing', async () => {
    let calls = 0;
    const { pool, connects } = fakePool(async () => {
      calls++;
      if (calls === 1) return new Promise((r) => setTimeout(() => r([]), 5)); // keeps the others queued
      throw new Error('Connection terminated unexpectedly');
    });
    const group = new GroupCommit(pool, { maxInFlight: 1, maxBatch: 10, citus: async () => false });
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => group.run("'t'", 'select 1')));
    expect(outcomes.slice(1).map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(connects()).toBe(2); // the first alone, then the three together; no one-by-one retries
  });
});
