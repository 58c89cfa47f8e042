import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { inlinedStatement } from '../src/inline-literals.ts';
import { prepared, withTenant, type SpejlDatabase } from '../src/index.ts';
import { testEngines } from '../src/testing/index.ts';
import { twoTenants } from './two-tenants.ts';

describe('inlining the first statement of a tenant transaction', () => {
  it('turns parameters into quoted literals, text escaped, so a value cannot become SQL', () => {
    expect(inlinedStatement('select $1 as a, $2 as b, $3 as c, $10 as d', ["x'; drop table tenants; --", 5, true, 0, 0, 0, 0, 0, 0, null]))
      .toBe("select 'x''; drop table tenants; --' as a, '5' as b, 'true' as c, NULL as d");
    expect(inlinedStatement('select $1', ['back\\slash'])).toContain("E'back\\\\slash'");
  });

  it('leaves a $1 inside quotes alone', () => {
    expect(inlinedStatement(`select '$1 it''s', "col$1" from t where x = $1`, ['v'])).toBe(`select '$1 it''s', "col$1" from t where x = 'v'`);
  });

  it('refuses what it cannot be sure of: comments, dollar quoting, escape strings, other parameter types, missing ones', () => {
    expect(inlinedStatement('select $1 -- $1', ['v'])).toBeUndefined();
    expect(inlinedStatement('select $1 /* $1 */', ['v'])).toBeUndefined();
    expect(inlinedStatement('select $$ $1 $$', ['v'])).toBeUndefined();
    expect(inlinedStatement("select E'\\' $1'", ['v'])).toBeUndefined();
    expect(inlinedStatement("select 'unterminated $1", ['v'])).toBeUndefined();
    expect(inlinedStatement('select $1', [new Date()])).toBeUndefined();
    expect(inlinedStatement('select $1', [Buffer.from('x')])).toBeUndefined();
    expect(inlinedStatement('select $1', [[1, 2]])).toBeUndefined();
    expect(inlinedStatement('select $2', ['v'])).toBeUndefined();
  });
});

describe.each(testEngines())('statements sent with hints on $name', (engine) => {
  let handle: SpejlDatabase;
  let a: string;
  let b: string;

  beforeAll(async () => {
    handle = await engine.open();
    [a, b] = await twoTenants(handle.db, 'deferred');
    for (const tenant of [a, b]) {
      await withTenant(handle.db, tenant, (tx) => tx.insertInto('audit_log').values({ tenant_id: tenant, action: `seen.${tenant}`, details: '{}' }).execute());
    }
  });
  afterAll(() => handle?.close());

  it('sends the opening in the same message as the first statement on PostgreSQL, on its own on Citus', async () => {
    const [first, second] = await withTenant(handle.db, a, async (tx) => [
      (await sql<{ q: string }>`select current_query() as q`.execute(tx)).rows[0]!.q,
      (await sql<{ q: string }>`select current_query() as q`.execute(tx)).rows[0]!.q,
    ]);
    if (engine.name === 'postgres') expect(first).toMatch(/^BEGIN; SET LOCAL ROLE spejl_app; SET LOCAL app\.tenant_id = '[0-9a-f-]+'; select current_query\(\)/);
    else expect(first).not.toMatch(/SET LOCAL/);
    expect(second).not.toMatch(/SET LOCAL/);
  });

  it("a value built to reset the tenant stays a value, and the transaction sees only its tenant's rows", async () => {
    const evil = `'; SET LOCAL app.tenant_id = '${b}'; select '`;
    const { echoed, actions } = await withTenant(handle.db, a, async (tx) => ({
      echoed: (await sql<{ v: string }>`select ${evil} as v`.execute(tx)).rows[0]!.v,
      actions: (await tx.selectFrom('audit_log').select('action').execute()).map((r) => r.action),
    }));
    expect(echoed).toBe(evil);
    expect(actions).toEqual([`seen.${a}`]);
  });

  it('gives the same answers as parameters would: numbers, booleans, text against uuids, nulls, a parameter it must not inline', async () => {
    const rows = await withTenant(handle.db, a, (tx) => tx.selectFrom('audit_log').select('action')
      .where('tenant_id', '=', a).where(sql<boolean>`${true}`).where(sql<boolean>`${2} + 1 = 3`).where(sql<boolean>`${null}::text is null`).limit(5).execute());
    expect(rows.map((r) => r.action)).toEqual([`seen.${a}`]);
    const when = new Date('2024-03-01T10:00:00Z');
    const dated = await withTenant(handle.db, a, async (tx) => (await sql<{ at: Date }>`select ${when}::timestamptz as at`.execute(tx)).rows[0]!.at);
    expect(dated.toISOString()).toBe(when.toISOString());
  });

  it('rolls back when the first statement fails, and the connection serves the next transaction', async () => {
    await expect(withTenant(handle.db, a, async (tx) => {
      await sql`insert into audit_log (tenant_id, action, details) values (${b}::uuid, 'forged', '{}')`.execute(tx);
    })).rejects.toThrow(/row-level security/);
    await expect(withTenant(handle.db, a, async (tx) => {
      await sql`select 1 / ${0}::int`.execute(tx);
    })).rejects.toThrow(/division by zero/);
    const seen = await Promise.all([a, b].map((t) => withTenant(handle.db, t, (tx) => tx.selectFrom('audit_log').select('action').execute())));
    expect(seen.map((rows) => rows.map((r) => r.action))).toEqual([[`seen.${a}`], [`seen.${b}`]]);
  });

  it('commits a transaction whose first statement writes', async () => {
    await withTenant(handle.db, b, (tx) => tx.insertInto('audit_log').values({ tenant_id: b, action: 'written', details: '{}' }).execute());
    const actions = await withTenant(handle.db, b, (tx) => tx.selectFrom('audit_log').select('action').orderBy('action').execute());
    expect(actions.map((r) => r.action)).toEqual([`seen.${b}`, 'written']);
  });

  const actions = (tenant: string) => withTenant(handle.db, tenant, async (tx) => (await prepared(sql<{ action: string }>`select action from audit_log where tenant_id = ${tenant} order by action`).execute(tx)).rows.map((r) => r.action));

  it("a prepared statement still shows each tenant only its own rows, whichever tenant's transaction prepared it", async () => {
    // Four connections in the pool: enough calls that each is prepared on some and executed on all.
    for (let i = 0; i < 6; i++) {
      expect(await actions(a)).toEqual([`seen.${a}`]);
      expect(await actions(b)).toEqual([`seen.${b}`, 'written']);
    }
    const asked = await withTenant(handle.db, a, async (tx) => (await prepared(sql<{ action: string }>`select action from audit_log where tenant_id = ${b} order by action`).execute(tx)).rows);
    expect(asked).toEqual([]);
  });

  it('is prepared once per connection and executed after, with the opening in the same message', async () => {
    const query = () => withTenant(handle.db, a, async (tx) => (await prepared(sql<{ q: string }>`select current_query() as q, ${'x'}::text as v`).execute(tx)).rows[0]!.q);
    const seen = [];
    for (let i = 0; i < 8; i++) seen.push(await query());
    if (engine.name === 'pglite') return expect(seen.every((q) => q.startsWith('/*spejl:prepare*/select current_query()'))).toBe(true);
    expect(seen.filter((q) => q.startsWith('PREPARE spejl_')).length).toBeLessThanOrEqual(4);
    expect(seen.at(-1)).toMatch(engine.name === 'postgres' ? /^BEGIN; SET LOCAL ROLE spejl_app; SET LOCAL app\.tenant_id = '[0-9a-f-]+'; EXECUTE spejl_[0-9a-f]+_\d+\('x'\)$/ : /^EXECUTE spejl_[0-9a-f]+_\d+\('x'\)$/);
  });

  it('prepares again after a change to a table it reads breaks the prepared statement', async () => {
    await sql`create table hint_probe (a int)`.execute(handle.db);
    await sql`insert into hint_probe values (1)`.execute(handle.db);
    const probe = (db: typeof handle.db) => prepared(sql<Record<string, number | null>>`select * from hint_probe where a = ${1}`).execute(db);
    await handle.db.connection().execute(async (conn) => {
      expect((await probe(conn)).rows).toEqual([{ a: 1 }]);
      await sql`alter table hint_probe add column b int`.execute(conn);
      if (engine.name !== 'pglite') await expect(probe(conn)).rejects.toThrow(/cached plan must not change result type/);
      expect((await probe(conn)).rows).toEqual([{ a: 1, b: null }]);
    });
  });
});
