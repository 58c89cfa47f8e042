import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { applyPeopleImport, hierarchySnapshots } from '../../src/hierarchy/index.ts';
import { runRetentionJobs } from '../../src/retention/index.ts';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

/* The daily job: every tenant by its own period, each apply audited as the job's (PGlite: the deletions themselves run on every engine in retention.test.ts). */
describe.each(testEngines().slice(0, 1))('the daily retention job on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'job', name: 'Job', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    await handle.db.updateTable('tenants').set({ retention_months: 6 }).where('id', '=', tenantId).execute();
    // A round closed on 1 February 2026: due on 1 August with six months.
    await withTenant(handle.db, tenantId, async (tx) => {
      await applyPeopleImport(tx, { fileName: 'people.csv', bytes: new Uint8Array(readFileSync(new URL('../rollup/fixtures/egeskov-people.csv', import.meta.url))) }, { actor: { userId: null, label: 'test' }, source: 'cli' });
      const opened = new Date('2026-01-01T08:00:00Z');
      roundId = (await createRound(tx, tenantId, { name: 'Gammel', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]), opened)).id;
      await launchRound(tx, tenantId, roundId, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY }, opened);
      await closeRound(tx, roundId, new Date('2026-02-01T08:00:00Z'));
    });
  });
  afterAll(() => handle?.close());

  it("applies each tenant's own period and records the pass as the job's", async () => {
    expect(await runRetentionJobs(handle.db, new Date('2026-07-31T12:00:00Z'))).toBe(0);
    expect(await runRetentionJobs(handle.db, new Date('2026-08-01T00:00:00Z'))).toBe(1);
    const audit = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('audit_log').select(['action', 'target', 'details']).where('action', '=', 'retention.apply').execute());
    expect(audit).toEqual([expect.objectContaining({ target: roundId, details: expect.objectContaining({ via: 'job', months: 6 }) })]);
  });
});
