import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, withTenantPrivileged, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { recordAudit } from '../../src/audit/log.ts';
import { pseudonymiseAudit } from '../../src/retention/privileged.ts';

/*
 * Erasing "Per" (a common Danish name, three letters) must replace Per, not every "per" inside
 * other words: the audit log's keys (personId, period, operator) and other people's names
 * (Pernille) are not theirs to rewrite, and a rewritten number would not even be JSON.
 */
describe.each(testEngines())('pseudonymising the audit log word by word on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'perby', name: 'perby', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    await withTenant(handle.db, tenantId, async (tx) => {
      await recordAudit(tx, { tenantId, actorUserId: null, action: 'people.update', target: 'Per', details: { name: 'Per', personId: '1001', period: 'operator', other: 'Pernille Per Hansen' } });
      await recordAudit(tx, { tenantId, actorUserId: null, action: 'retention.apply', target: 'personer', details: { personer: 3 } });
    });
  });
  afterAll(() => handle?.close());

  it('replaces the name where it stands as a word, and nothing else', async () => {
    await withTenantPrivileged(handle.db, tenantId, (tx) => pseudonymiseAudit(tx, tenantId, ['Per'], 'slettet-1'));
    const rows = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('audit_log').select(['action', 'target', 'details']).where('tenant_id', '=', tenantId).orderBy('action').execute());
    expect(rows).toEqual([
      { action: 'people.update', target: 'slettet-1', details: { name: 'slettet-1', personId: '1001', period: 'operator', other: 'Pernille slettet-1 Hansen' } },
      { action: 'retention.apply', target: 'personer', details: { personer: 3 } },
    ]);
  });
});
