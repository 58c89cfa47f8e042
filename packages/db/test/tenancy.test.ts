import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { withTenant, type SpejlDatabase } from '../src/index.ts';
import { testEngines } from '../src/testing/index.ts';

describe.each(testEngines())('row-level security on $name', (engine) => {
  let handle: SpejlDatabase;
  let a: string;
  let b: string;

  beforeAll(async () => {
    handle = await engine.open();
    const rows = await handle.db
      .insertInto('tenants')
      .values([
        { slug: 'tenant-a', name: 'A', sector: 'kommune', branding: '{}' },
        { slug: 'tenant-b', name: 'B', sector: 'region', branding: '{}' },
      ])
      .returning('id')
      .execute();
    [a, b] = rows.map((r) => r.id) as [string, string];
    await withTenant(handle.db, a, (tx) =>
      tx.insertInto('audit_log').values({ tenant_id: a, action: 'test.a', details: '{}' }).execute(),
    );
    await withTenant(handle.db, b, (tx) =>
      tx.insertInto('audit_log').values({ tenant_id: b, action: 'test.b', details: '{}' }).execute(),
    );
  });
  afterAll(() => handle?.close());

  it('shows a tenant only its own rows', async () => {
    const seen = await withTenant(handle.db, a, (tx) => tx.selectFrom('audit_log').select(['tenant_id', 'action']).execute());
    expect(seen).toEqual([{ tenant_id: a, action: 'test.a' }]);
  });

  it('shows zero rows when no tenant is set', async () => {
    const rows = await handle.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL ROLE spejl_app`.execute(trx);
      return trx.selectFrom('audit_log').selectAll().execute();
    });
    expect(rows).toEqual([]);
  });

  it("rejects inserting a row for another tenant and leaves that tenant's data alone", async () => {
    await expect(
      withTenant(handle.db, a, (tx) => tx.insertInto('audit_log').values({ tenant_id: b, action: 'forged', details: '{}' }).execute()),
    ).rejects.toThrow(/row-level security/);
    const bRows = await withTenant(handle.db, b, (tx) => tx.selectFrom('audit_log').select('action').execute());
    expect(bRows.map((r) => r.action)).toEqual(['test.b']);
  });

  it("cannot update or delete another tenant's rows", async () => {
    // The audit log is append-only for the app role (0034), so the attempt is refused outright.
    await expect(withTenant(handle.db, a, (tx) => tx.updateTable('audit_log').set({ action: 'hijacked' }).where('tenant_id', '=', b).execute()))
      .rejects.toThrow(/permission denied/);
    await expect(withTenant(handle.db, a, (tx) => tx.deleteFrom('audit_log').where('tenant_id', '=', b).execute()))
      .rejects.toThrow(/permission denied/);
    const bRows = await withTenant(handle.db, b, (tx) => tx.selectFrom('audit_log').select('action').execute());
    expect(bRows.map((r) => r.action)).toEqual(['test.b']);
  });

  it('rolls back everything when the scoped work throws', async () => {
    await expect(
      withTenant(handle.db, a, async (tx) => {
        await tx.insertInto('audit_log').values({ tenant_id: a, action: 'doomed', details: '{}' }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await withTenant(handle.db, a, (tx) => tx.selectFrom('audit_log').select('action').where('action', '=', 'doomed').execute());
    expect(rows).toEqual([]);
  });

  it('refuses a tenant id that is not a uuid', async () => {
    await expect(withTenant(handle.db, "x'; drop table tenants; --", async () => 1)).rejects.toThrow(/must be a uuid/);
  });
});
