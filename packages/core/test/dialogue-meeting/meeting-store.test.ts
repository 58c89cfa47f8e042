import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { createMailer, hierarchySnapshots, meetingStatuses, saveAgreements, saveHeld, saveMeetingPlan, shareAgreements } from '../../src/index.ts';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { storePeople } from '../peers/fixtures.ts';
import { EGESKOV, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

const plan = { model: 'one-hour' as const, date: '2027-01-12', startTime: '09:00', themeIds: ['borgerorientering'] };

describe.each(testEngines())('dialogue meetings in the database on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let otherTenantId: string;
  let roundId: string;
  const mailer = createMailer({ from: 'spejl@example.org' });
  const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2], tenant = tenantId) => withTenant(handle.db, tenant, fn);

  beforeAll(async () => {
    handle = await engine.open();
    const tenant = (slug: string) => handle.db.insertInto('tenants').values({ slug, name: slug, sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    tenantId = (await tenant('meetings')).id;
    otherTenantId = (await tenant('meetings-other')).id;
    roundId = await inTenant(async (tx) => {
      await storePeople(tx, tenantId, EGESKOV);
      const round = await createRound(tx, tenantId, { name: 'Dialog', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY });
      await closeRound(tx, round.id);
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('keeps one meeting per leader and round: planning again changes it', async () => {
    const first = await inTenant((tx) => saveMeetingPlan(tx, tenantId, roundId, '1004', plan, null));
    const again = await inTenant((tx) => saveMeetingPlan(tx, tenantId, roundId, '1004', { ...plan, model: 'one-and-a-half-hours', date: '2027-01-19' }, null));
    expect(again).toMatchObject({ id: first.id, model: 'one-and-a-half-hours', date: '2027-01-19' });
    expect(await inTenant((tx) => tx.selectFrom('dialogue_meetings').select('id').execute())).toHaveLength(1);
  });

  it('is invisible from another tenant, whose transactions cannot reach its rows', async () => {
    expect(await inTenant((tx) => tx.selectFrom('dialogue_meetings').select('id').execute(), otherTenantId)).toEqual([]);
    expect(await inTenant((tx) => meetingStatuses(tx, otherTenantId, roundId, { role: 'admin', personId: null }), otherTenantId)).toEqual([]);
  });

  it('sends the agreements once even when the leader shares twice at the same moment', async () => {
    await inTenant(async (tx) => {
      await saveAgreements(tx, tenantId, roundId, '1004', 'Vi mødes igen om tre måneder');
      await saveHeld(tx, tenantId, roundId, '1004', true);
    });
    const both = await Promise.all([1, 2].map(() => inTenant((tx) => shareAgreements(tx, tenantId, mailer, roundId, '1004'))));
    expect(both.map((r) => r.sent).sort()).toEqual([0, 5]);
    const outbox = await inTenant((tx) => tx.selectFrom('mail_outbox').select(['to_address', 'text_body']).execute());
    expect(outbox.map((m) => m.to_address).sort()).toEqual(['p1006@egeskov.dk', 'p1007@egeskov.dk', 'p1008@egeskov.dk', 'p1009@egeskov.dk', 'p1010@egeskov.dk']);
    // The team got the agreements; the outbox copy an admin reads holds a placeholder instead.
    expect(outbox.every((m) => !m.text_body.includes('Vi mødes igen om tre måneder') && m.text_body.includes('[kun til modtagerne]'))).toBe(true);
  });
});
