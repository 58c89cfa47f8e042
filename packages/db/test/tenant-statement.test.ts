import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { tenantStatement, withTenant, type SpejlDatabase } from '../src/index.ts';
import { testEngines } from '../src/testing/index.ts';
import { twoTenants } from './two-tenants.ts';

describe.each(testEngines())('one statement for one tenant on $name', (engine) => {
  let handle: SpejlDatabase;
  let a: string;
  let b: string;

  beforeAll(async () => {
    handle = await engine.open();
    [a, b] = await twoTenants(handle.db, 'one');
    await withTenant(handle.db, b, (tx) => tx.insertInto('audit_log').values({ tenant_id: b, action: 'b only', details: '{}' }).execute());
  });
  afterAll(() => handle?.close());

  it('runs as the app role with the tenant set, so row-level security applies', async () => {
    const rows = await tenantStatement(handle.db, a, sql<{ who: string; tenant: string; seen: number }>`
      select current_user as who, current_setting('app.tenant_id') as tenant, (select count(*)::int from audit_log) as seen`.compile(handle.db));
    expect(rows).toEqual([{ who: 'spejl_app', tenant: a, seen: 0 }]);
  });

  it('keeps quotes and dollar signs in text parameters as data', async () => {
    const tricky = "O'Brien $1 '); drop table tenants; --";
    const rows = await tenantStatement(handle.db, a, sql<{ action: string }>`
      insert into audit_log (tenant_id, action, details) values (${a}::uuid, ${tricky}, '{}') returning action`.compile(handle.db));
    expect(rows).toEqual([{ action: tricky }]);
    expect(await handle.db.selectFrom('tenants').select('id').execute()).toHaveLength(2);
  });

  it('rolls back a failing statement and leaves the connection usable', async () => {
    await expect(tenantStatement(handle.db, a, sql`insert into audit_log (tenant_id, action, details) values (${b}::uuid, 'forged', '{}')`.compile(handle.db))).rejects.toThrow(/row-level security/);
    for (let i = 0; i < 12; i++) {
      const rows = await tenantStatement(handle.db, b, sql<{ n: number }>`select count(*)::int as n from audit_log`.compile(handle.db));
      expect(rows).toEqual([{ n: 1 }]);
    }
  });
});
