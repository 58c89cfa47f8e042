import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { APP_ROLE, withTenant, type SpejlDatabase } from '../src/index.ts';
import { poolOf } from '../src/tenancy.ts';
import { testEngines } from '../src/testing/index.ts';
import { twoTenants } from './two-tenants.ts';

/* Issue 16: the audit log is append-only for the role every request runs as. */
describe.each(testEngines())('the audit log is append-only on $name', (engine) => {
  let handle: SpejlDatabase;
  let a: string;

  beforeAll(async () => {
    handle = await engine.open();
    [a] = await twoTenants(handle.db, 'append-only');
    await withTenant(handle.db, a, (tx) => tx.insertInto('audit_log').values({ tenant_id: a, action: 'report.read', details: '{}' }).execute());
  });
  afterAll(() => handle.close());

  const actions = async () => (await withTenant(handle.db, a, (tx) => tx.selectFrom('audit_log').select('action').execute())).map((r) => r.action);

  it('lets the app role add and read entries', async () => {
    await withTenant(handle.db, a, (tx) => tx.insertInto('audit_log').values({ tenant_id: a, action: 'second', details: '{}' }).execute());
    expect((await actions()).sort()).toEqual(['report.read', 'second']);
  });

  const attempts = {
    UPDATE: (t: string) => sql`UPDATE audit_log SET action = 'rewritten' WHERE tenant_id = ${t}::uuid`,
    DELETE: (t: string) => sql`DELETE FROM audit_log WHERE tenant_id = ${t}::uuid`,
    TRUNCATE: () => sql`TRUNCATE audit_log`,
  };

  it.each(Object.keys(attempts) as (keyof typeof attempts)[])("refuses %s of its own tenant's entries", async (verb) => {
    await expect(withTenant(handle.db, a, (tx) => attempts[verb](a).execute(tx))).rejects.toThrow(/permission denied/);
    expect((await actions()).sort()).toEqual(['report.read', 'second']);
  });

  it('refuses a change made by a session that logs in as the app role itself, without a superuser in between', async () => {
    const pool = poolOf(handle.db);
    if (!pool) return; // PGlite has a single user; SET ROLE above is the whole story there.
    const { rows } = await pool.query<{ url: string }>('SELECT current_database() AS url');
    const url = new URL((pool as unknown as { options: { connectionString: string } }).options.connectionString);
    url.username = APP_ROLE;
    url.pathname = `/${rows[0]!.url}`;
    const client = new pg.Client({ connectionString: url.toString() });
    try {
      await client.connect();
    } catch {
      // A server where the app role may not log in directly: SET ROLE is how requests reach it.
      return;
    }
    try {
      await client.query(`SET app.tenant_id = '${a}'`);
      expect(await client.query('SELECT current_user AS who').then((r) => r.rows[0].who)).toBe(APP_ROLE);
      await expect(client.query(`DELETE FROM audit_log WHERE tenant_id = '${a}'`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`UPDATE audit_log SET action = 'x' WHERE tenant_id = '${a}'`)).rejects.toThrow(/permission denied/);
      await expect(client.query('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
    expect((await actions()).sort()).toEqual(['report.read', 'second']);
  });
});
