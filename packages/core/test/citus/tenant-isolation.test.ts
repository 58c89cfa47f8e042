import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { createTenant } from '../../src/tenants/tenants.ts';
import { isolateTenantBySlug } from '../../src/tenants/tenant-isolation.ts';

describe.each(testEngines())('spejl tenant isolate on $name', (engine) => {
  let handle: SpejlDatabase;

  beforeAll(async () => {
    handle = await engine.open();
    await createTenant(handle.db, { slug: 'storby', name: 'Storby Kommune', sector: 'kommune', locale: 'da' }, null);
  }, 120_000);
  afterAll(() => handle?.close());

  it('says which tenant it does not know, and refuses a worker address that is not host:port', async () => {
    await expect(isolateTenantBySlug(handle.db, 'lilleby')).rejects.toMatchObject({ kind: 'NOT_FOUND', coded: { code: 'tenant.slugNotFound' } });
    await expect(isolateTenantBySlug(handle.db, 'storby', 'worker two')).rejects.toMatchObject({ kind: 'BAD_INPUT', coded: { code: 'tenant.isolateNodeInvalid' } });
  });

  it.runIf(engine.name !== 'citus')('refuses without a Citus cluster, changing nothing', async () => {
    await expect(isolateTenantBySlug(handle.db, 'storby')).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'tenant.isolateNeedsCitus' } });
  });

  it.runIf(engine.name === 'citus')('gives the tenant a shard of its own, and a second run keeps it', async () => {
    const first = await isolateTenantBySlug(handle.db, 'storby');
    expect(first.before.alone).toBe(false);
    expect(first.after.alone).toBe(true);
    const again = await isolateTenantBySlug(handle.db, 'storby');
    expect(again.before).toEqual(first.after);
    expect(again.after.shardId).toBe(first.after.shardId);
  });
});
