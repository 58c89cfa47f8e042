import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { newDeviceKey, personalToken, saveSurveyForm } from '../../src/survey/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

describe.each(testEngines())('closing while submissions arrive on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  let tokens: string[];

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'race', name: 'Race', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Race', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY });
      return round.id;
    });
    const salts = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).execute());
    tokens = salts.map((s) => personalToken(TEST_LINK_KEY, tenantId, s.link_salt));
  });
  afterAll(() => handle?.close());

  it('lets nothing land after the close commits: each submission is either in before it, or refused', async () => {
    const submits = tokens.flatMap((token) => {
      const device = newDeviceKey(); // each respondent's one browser, sending three times
      return Array.from({ length: 3 }, () => saveSurveyForm(handle.db, token, device, { slot: 0, answers: [3, 3, 3, 3], submit: true }));
    });
    const closing = withTenant(handle.db, tenantId, (tx) => closeRound(tx, roundId));
    const results = await Promise.allSettled([...submits, closing]);
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { kind?: string });
    expect(refused.every((e) => e.kind === 'CONFLICT')).toBe(true);
    // Closing rewrites every form in its own transaction; a form written after it would carry another xmin.
    const xmins = await withTenant(handle.db, tenantId, (tx) => sql<{ x: string }>`select distinct xmin::text as x from round_forms where round_id = ${roundId}`.execute(tx));
    expect(xmins.rows.length).toBeLessThanOrEqual(1);
    await expect(saveSurveyForm(handle.db, tokens[0]!, newDeviceKey(), { slot: 0, answers: [1, 1, 1, 1], submit: true })).rejects.toMatchObject({ kind: 'CONFLICT' });
  });
});
