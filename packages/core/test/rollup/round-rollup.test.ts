import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { applyPeopleImport, hierarchySnapshots } from '../../src/hierarchy/index.ts';
import { importResponses } from '../../src/responses/index.ts';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { computeRollup } from '../../src/rollup/compute-rollup.ts';
import { rollupCsv } from '../../src/rollup/export-format.ts';
import { loadInvitations, loadRoundRollup } from '../../src/rollup/round-rollup.ts';
import { chainGroup, directGroup } from '../../src/scoring/groups.ts';
import { ROLE_COUNT } from '../../src/scoring/rater-roles.ts';
import { TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';
import { loadSampleRound } from './sample-round.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const IMPORT = { actor: { userId: null, label: 'test' }, source: 'cli' as const };

describe.each(testEngines())('loading a round roll-up from the database on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let otherTenantId: string;
  let roundId: string;
  let draftId: string;
  let openId: string;
  const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2], tenant = tenantId) => withTenant(handle.db, tenant, fn);

  beforeAll(async () => {
    handle = await engine.open();
    const tenant = (slug: string) => handle.db.insertInto('tenants').values({ slug, name: slug, sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    tenantId = (await tenant('egeskov')).id;
    otherTenantId = (await tenant('naboby')).id;
    await inTenant(async (tx) => {
      await applyPeopleImport(tx, { fileName: 'people.csv', bytes: fixture('egeskov-people.csv') }, IMPORT);
      const round = await createRound(tx, tenantId, { name: 'Måling 2026', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY });
      await closeRound(tx, round.id);
      await importResponses(tx, tenantId, round.id, fixture('egeskov-responses.csv'), 'responses.csv');
      roundId = round.id;
      draftId = (await createRound(tx, tenantId, { name: 'Kladde', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]))).id;
      openId = (await createRound(tx, tenantId, { name: 'Åben', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]))).id;
      await launchRound(tx, tenantId, openId, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY });
    });
  });
  afterAll(() => handle?.close());

  it('gives byte for byte the export the example files give in memory', async () => {
    const loaded = await inTenant((tx) => loadRoundRollup(tx, roundId));
    const sample = await loadSampleRound();
    expect(rollupCsv(loaded.rollup)).toBe(rollupCsv(computeRollup(sample.tree, sample.layout, sample.forms, 5)));
    expect(loaded.rollup.k).toBe(5);
    expect(loaded.name).toBe('Måling 2026');
  });

  it('carries leader names and units from the snapshot, and invitations per group', async () => {
    const { rollup, leaders, invited } = await inTenant(async (tx) => {
      const loaded = await loadRoundRollup(tx, roundId);
      return { ...loaded, invited: await loadInvitations(tx, roundId, loaded.rollup.tree) };
    });
    const slot = rollup.tree.slotOfPersonId.get('1004')!;
    expect(leaders[slot]).toEqual({ name: 'Mads Bæk', unitName: 'Ågade Skole' });
    expect(invited[directGroup(rollup.tree, slot) * ROLE_COUNT]).toBe(5);
    // 1002's chain: employees of 1002 (2), 1004 (5), 1005 (2)
    expect(invited[chainGroup(rollup.tree, rollup.tree.slotOfPersonId.get('1002')!) * ROLE_COUNT]).toBe(9);
  });

  it('refuses a draft round, an open round (two roll-ups would differ by who answered between them) and a round of another organisation', async () => {
    await expect(inTenant((tx) => loadRoundRollup(tx, draftId))).rejects.toMatchObject({ kind: 'CONFLICT' });
    await expect(inTenant((tx) => loadRoundRollup(tx, openId))).rejects.toMatchObject({ kind: 'CONFLICT', message: expect.stringMatching(/still open/) });
    await expect(inTenant((tx) => loadRoundRollup(tx, roundId), otherTenantId)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  // Runs last: it leaves a malformed form in the round.
  it('refuses to roll up a stored form whose answers do not match the round’s statements', async () => {
    await inTenant((tx) => tx.insertInto('round_forms').values({ tenant_id: tenantId, round_id: roundId, subject_id: '1004', role: 'self', answers: [4, 4, 4], submitted: true, source: 'import', owner_key: null }).execute());
    await expect(inTenant((tx) => loadRoundRollup(tx, roundId))).rejects.toThrow(/do not match its 4 statements/);
  });
});
