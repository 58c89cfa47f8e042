import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError, sendDueTalkReminders, type Mailer, type MailMessage, type UserSummary } from '@spejl/core';
import { issuesOf } from '../src/errors.ts';
import { withTenant, type MemberRole } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import type { ReportBlock } from '@spejl/plugin-sdk';
import { closedEgeskovRound, member as memberOf } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';
import { dumpTenant } from './tenant-tables.ts';

const blocks = (d: { blocks: readonly ReportBlock[] }): ReportBlock[] => d.blocks.flatMap((b) => (b.type === 'section' ? [b, ...blocks(b)] : [b]));
const READING = ['Hvad overraskede dig positivt?', 'Hvad er mest relevant for dig?', 'Hvad vil du gerne vide mere om?'];

describe.each(testEngines())('the leader\'s follow-up plan and who sees it, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  let madsPlan: string;
  const users: Record<string, UserSummary> = {};
  const as = (who: string) => f.as(users[who]!).followUp;
  const member = (name: string, role: MemberRole, personId: string | null) => memberOf(f, tenantId, name, role, personId);
  const draft = (over: Record<string, unknown> = {}) => ({
    readingNotes: ['At de oplever mig nærværende', 'Borgernes oplevede kvalitet', 'Hvorfor balancen scorer lavere'] as [string, string, string],
    focusPoints: [
      { themeId: 'borgerorientering', itemId: 'balance', actions: 'Drøfte en borgersag på hvert personalemøde', dueOn: '2027-03-01', status: 'in-progress' as const },
      { themeId: 'borgerorientering', itemId: null, actions: 'Spørge borgerne efter hvert forløb', dueOn: null, status: 'not-started' as const },
    ],
    talkAt: '2027-01-10T09:00:00.000Z',
    agreements: '',
    talkHeld: false,
    ...over,
  });
  const revisionOf = async (planId: string) => (await as('mads').get({ tenantId, planId })).revision;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('egeskov');
    tenantId = made.tenant.id;
    users.admin = made.admin;
    users.analyst = await member('Analyst', 'analyst', null);
    users.birgitte = await member('Birgitte', 'leader', '1001');
    users.ole = await member('Ole', 'leader', '1002');
    users.hanne = await member('Hanne', 'leader', '1003');
    users.mads = await member('Mads', 'leader', '1004');
    users.lise = await member('Lise', 'leader', '1005');
    users.unlinked = await member('Unlinked', 'leader', null);
    users.stranger = (await f.tenantWithAdmin('naboby')).admin;
    roundId = await closedEgeskovRound(f, users.admin, tenantId);
    madsPlan = (await as('mads').open({ tenantId, roundId })).planId;
  });
  afterAll(() => f?.close());

  it('opens a leader\'s own plan once, with the talk 14 days after the close and their superior from the round', async () => {
    expect((await as('mads').open({ tenantId, roundId })).planId).toBe(madsPlan);
    const plan = await as('mads').get({ tenantId, planId: madsPlan });
    const closed = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('rounds').select('closed_at').where('id', '=', roundId).executeTakeFirstOrThrow());
    expect(new Date(plan.talkAt).getTime() - new Date(closed.closed_at!).getTime()).toBe(14 * 86_400_000);
    expect(plan).toMatchObject({ access: 'owner', leader: { personId: '1004', name: 'Mads Bæk' }, superior: { personId: '1002', name: 'Ole Kjærgaard' }, talkHeld: false, talkConfirmed: false });
    expect(plan.text?.readingQuestions).toEqual(READING);
    expect((await as('mads').get({ tenantId, planId: madsPlan, locale: 'en' })).text?.readingQuestions).toEqual(['What surprised you positively?', 'What is most relevant to you?', 'What would you like to know more about?']);
  });

  it('refuses a plan to anyone but an evaluated leader for their own report', async () => {
    await expect(as('unlinked').open({ tenantId, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'followUp.notOwnReport' } } });
    await expect(as('admin').open({ tenantId, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'followUp.notOwnReport' } } });
    const draftRound = await f.as(users.admin!).rounds.create({ tenantId, settings: { name: 'Kladde', themes: [{ id: 'borgerorientering' }] } });
    await expect(as('mads').open({ tenantId, roundId: draftRound.id })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'report.roundNotClosed' } } });
  });

  it('saves the whole plan and gives it back; the guide holds only the published means of the report', async () => {
    const saved = await as('mads').save({ tenantId, planId: madsPlan, expectedRevision: await revisionOf(madsPlan), draft: draft() });
    const plan = await as('mads').get({ tenantId, planId: madsPlan });
    expect(plan.revision).toBe(saved.revision);
    expect(plan.text?.readingNotes).toEqual(draft().readingNotes);
    expect(plan.focusPoints).toEqual(draft().focusPoints);
    const report = await f.as(users.mads!).reports.document({ tenantId, roundId, reportId: 'leader', leaderId: '1004' });
    const row = blocks(report).flatMap((b) => (b.type === 'scoreTable' ? b.rows : [])).find((r) => r.kind === 'theme' && r.themeId === 'borgerorientering')!;
    const guide = plan.text!.guide.find((g) => g.themeId === 'borgerorientering')!;
    for (const role of ['employee', 'self', 'superior'] as const) {
      const cell = row.cells[role];
      expect(guide.means[role]).toBe(cell && !cell.suppressed ? cell.mean : undefined);
    }
    expect(guide.means.employee).toBeTypeOf('number');
    expect(guide.questions.length).toBeGreaterThan(0);
  });

  it('never puts a mean the anonymity filter withheld into the guide (Lise has two employee forms)', async () => {
    const planId = (await as('lise').open({ tenantId, roundId })).planId;
    const guide = (await as('lise').get({ tenantId, planId })).text!.guide;
    expect(guide.every((g) => g.means.employee === undefined)).toBe(true);
    expect(guide.find((g) => g.themeId === 'borgerorientering')?.means.self).toBeTypeOf('number');
  });

  it('puts no mean into the guide of a round closed with the leader report switched off', async () => {
    const other = await f.tenantWithAdmin('uden-lederrapport');
    const settings = await f.as(other.admin).reports.settings({ tenantId: other.tenant.id });
    await f.as(other.admin).reports.saveSettings({ tenantId: other.tenant.id, expectedRevision: settings.revision, superiorReadsReports: true, reports: { leader: { enabled: false, options: {} } } });
    const closed = await closedEgeskovRound(f, other.admin, other.tenant.id);
    const mads = await memberOf(f, other.tenant.id, 'MadsUdenRapport', 'leader', '1004');
    const { planId } = await f.as(mads).followUp.open({ tenantId: other.tenant.id, roundId: closed });
    const guide = (await f.as(mads).followUp.get({ tenantId: other.tenant.id, planId })).text!.guide;
    expect(guide.length).toBeGreaterThan(0);
    expect(guide.every((g) => Object.values(g.means).every((m) => m === undefined))).toBe(true);
  });

  it('refuses four focus points, a theme the round did not ask, an item of no theme and a day that does not exist, in coded words', async () => {
    const expectedRevision = await revisionOf(madsPlan);
    const point = draft().focusPoints[0]!;
    await expect(as('mads').save({ tenantId, planId: madsPlan, expectedRevision, draft: draft({ focusPoints: [point, point, point, point] }) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(as('mads').save({ tenantId, planId: madsPlan, expectedRevision, draft: draft({ focusPoints: [{ ...point, themeId: 'samarbejde' }] }) }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { coded: { code: 'followUp.themeNotAsked', params: { position: 1, themeId: 'samarbejde' } } } });
    await expect(as('mads').save({ tenantId, planId: madsPlan, expectedRevision, draft: draft({ focusPoints: [{ ...point, itemId: 'opfundet' }] }) }))
      .rejects.toMatchObject({ cause: { coded: { code: 'followUp.itemNotInTheme' } } });
    await expect(as('mads').save({ tenantId, planId: madsPlan, expectedRevision, draft: draft({ focusPoints: [{ ...point, dueOn: '2027-02-30' }] }) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // A field's refusal names the field in Danish, as the form shows it, not as a path.
    const long = await as('mads').save({ tenantId, planId: madsPlan, expectedRevision, draft: draft({ focusPoints: [{ ...point, actions: 'x'.repeat(20_000) }] }) }).catch((e: unknown) => e) as { cause: unknown };
    const issue = issuesOf(long.cause)[0]!;
    expect(renderError(issue.code, issue.params as never, 'da')).toMatch(/^Handlingerne /);
    expect((await as('mads').get({ tenantId, planId: madsPlan })).revision).toBe(expectedRevision);
  });

  it('refuses a save over a newer version, keeping what was saved', async () => {
    const stale = await revisionOf(madsPlan);
    await as('mads').save({ tenantId, planId: madsPlan, expectedRevision: stale, draft: draft() });
    await expect(as('mads').save({ tenantId, planId: madsPlan, expectedRevision: stale, draft: draft({ agreements: 'overskriver' }) }))
      .rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'followUp.changedMeanwhile', params: { revision: stale + 1 } } } });
    expect((await as('mads').get({ tenantId, planId: madsPlan })).text?.agreements).toBe('');
  });

  it('gives other leaders, a superior of someone else, another tenant\'s admin and a tampered id nothing, and changes nothing', async () => {
    const before = await dumpTenant(f.db, tenantId);
    const notFound = { code: 'NOT_FOUND', cause: { coded: { code: 'followUp.notFound' } } };
    for (const who of ['lise', 'hanne', 'birgitte']) {
      await expect(as(who).get({ tenantId, planId: madsPlan })).rejects.toMatchObject(notFound);
      await expect(as(who).text({ tenantId, planId: madsPlan })).rejects.toMatchObject(notFound);
      await expect(as(who).save({ tenantId, planId: madsPlan, expectedRevision: 1, draft: draft() })).rejects.toMatchObject(notFound);
      await expect(as(who).confirmTalk({ tenantId, planId: madsPlan, expectedRevision: 1 })).rejects.toMatchObject(notFound);
    }
    await expect(as('stranger').get({ tenantId, planId: madsPlan })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'access.tenantNotYours' } } });
    const strangerTenant = await f.db.selectFrom('tenants').select('id').where('slug', '=', 'naboby').executeTakeFirstOrThrow();
    await expect(as('stranger').get({ tenantId: strangerTenant.id, planId: madsPlan })).rejects.toMatchObject(notFound);
    await expect(as('stranger').save({ tenantId: strangerTenant.id, planId: madsPlan, expectedRevision: 1, draft: draft() })).rejects.toMatchObject(notFound);
    await expect(as('stranger').chainStatus({ tenantId, roundId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as('mads').get({ tenantId, planId: randomUUID() })).rejects.toMatchObject(notFound);
    await expect(as('admin').get({ tenantId, planId: randomUUID() })).rejects.toMatchObject(notFound);
    await expect(as('mads').get({ tenantId, planId: `${madsPlan}' or '1'='1` })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await dumpTenant(f.db, tenantId)).toEqual(before);
  });

  it('shows admins and analysts the status only by default, and refuses them the text', async () => {
    for (const who of ['admin', 'analyst']) {
      const plan = await as(who).get({ tenantId, planId: madsPlan });
      expect(plan.access).toBe('status');
      expect(plan.text).toBeNull();
      expect(plan.talkAgreements).toBeNull();
      expect(plan.focusPoints.map((p) => p.actions)).toEqual([null, null]);
      expect(JSON.stringify(plan)).not.toContain('borgersag');
      await expect(as(who).text({ tenantId, planId: madsPlan })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'followUp.statusOnly' } } });
      await expect(as(who).save({ tenantId, planId: madsPlan, expectedRevision: 1, draft: draft() })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'followUp.onlyLeaderWrites' } } });
    }
    await expect(as('analyst').saveSettings({ tenantId, policy: { superiorReadsPlans: true, staffReads: 'everything' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets admins read everything when the tenant says so, and keeps superiors out when the tenant says so', async () => {
    await as('admin').saveSettings({ tenantId, policy: { superiorReadsPlans: false, staffReads: 'everything' } });
    try {
      expect((await as('analyst').get({ tenantId, planId: madsPlan })).text?.readingNotes).toEqual(draft().readingNotes);
      expect((await as('admin').text({ tenantId, planId: madsPlan })).agreements).toBe('');
      // The superior keeps the talk they confirm, and nothing else of the plan.
      const talk = await as('ole').get({ tenantId, planId: madsPlan });
      expect(talk).toMatchObject({ access: 'talk', text: null, talkAgreements: '' });
      expect(talk.focusPoints.every((p) => p.actions === null)).toBe(true);
      expect(JSON.stringify(talk)).not.toContain('borgersag');
      await expect(as('ole').text({ tenantId, planId: madsPlan })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'followUp.talkOnly' } } });
      expect((await as('mads').get({ tenantId, planId: madsPlan })).access).toBe('owner');
    } finally {
      await as('admin').saveSettings({ tenantId, policy: { superiorReadsPlans: true, staffReads: 'status' } });
    }
  });

  it('lets the superior read the plan and confirm the talk once it is held; new agreements withdraw the confirmation', async () => {
    const read = await as('ole').get({ tenantId, planId: madsPlan });
    expect(read.access).toBe('superior');
    await expect(as('ole').save({ tenantId, planId: madsPlan, expectedRevision: read.revision, draft: draft() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as('ole').confirmTalk({ tenantId, planId: madsPlan, expectedRevision: read.revision })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'followUp.talkNotHeld' } } });
    const held = await as('mads').save({ tenantId, planId: madsPlan, expectedRevision: read.revision, draft: draft({ talkHeld: true, agreements: 'Vi følger op i juni.' }) });
    await expect(as('mads').confirmTalk({ tenantId, planId: madsPlan, expectedRevision: held.revision })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'followUp.onlySuperiorConfirms' } } });
    await expect(as('ole').confirmTalk({ tenantId, planId: madsPlan, expectedRevision: read.revision })).rejects.toMatchObject({ code: 'CONFLICT' });
    await as('ole').confirmTalk({ tenantId, planId: madsPlan, expectedRevision: held.revision });
    expect(await as('mads').get({ tenantId, planId: madsPlan })).toMatchObject({ talkHeld: true, talkConfirmed: true });
    const same = await as('mads').save({ tenantId, planId: madsPlan, expectedRevision: held.revision, draft: draft({ talkHeld: true, agreements: 'Vi følger op i juni.' }) });
    expect((await as('ole').get({ tenantId, planId: madsPlan })).talkConfirmed).toBe(true);
    await as('mads').save({ tenantId, planId: madsPlan, expectedRevision: same.revision, draft: draft({ talkHeld: true, agreements: 'Vi følger op i august.' }) });
    expect((await as('ole').get({ tenantId, planId: madsPlan })).talkConfirmed).toBe(false);
    const again = await as('ole').get({ tenantId, planId: madsPlan });
    await as('ole').confirmTalk({ tenantId, planId: madsPlan, expectedRevision: again.revision });
  });

  it('shows a chain\'s follow-up at a glance: to its leader their own chain only, to admins any chain', async () => {
    const chain = await as('ole').chainStatus({ tenantId, roundId });
    expect(chain.leaders.map((l) => l.personId)).toEqual(['1002', '1004', '1005']);
    const mads = chain.leaders.find((l) => l.personId === '1004')!;
    expect(mads).toMatchObject({ planId: madsPlan, talkHeld: true, talkConfirmed: true, focusPoints: { borgerorientering: 2 }, focusPointsDone: 0, depth: 1 });
    expect(chain.leaders.find((l) => l.personId === '1002')).toMatchObject({ planId: null, talkHeld: false });
    expect(chain.totals).toMatchObject({ leaders: 3, plans: 2, talksHeld: 1, talksConfirmed: 1, focusPoints: { borgerorientering: 2 } });
    expect(JSON.stringify(chain)).not.toContain('borgersag');
    await expect(as('mads').chainStatus({ tenantId, roundId, leaderId: '1002' })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'followUp.chainForbidden' } } });
    await expect(as('hanne').chainStatus({ tenantId, roundId, leaderId: '1004' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The grand-superior sees that Mads has a plan, but not its id: she may not open it, so she learns nothing to ask for.
    const grand = await as('birgitte').chainStatus({ tenantId, roundId, leaderId: '1004' });
    expect(grand.leaders).toEqual([expect.objectContaining({ personId: '1004', hasPlan: true, planId: null })]);
    expect(JSON.stringify(grand)).not.toContain(madsPlan);
    const all = await as('admin').chainStatus({ tenantId, roundId });
    expect(all.rootId).toBeNull();
    expect(all.leaders.map((l) => l.personId)).toEqual(['1001', '1002', '1004', '1005', '1003', '1013']);
  });

  it('reminds the leader and the superior of a due talk once, however often the mail job runs', async () => {
    const planId = (await as('lise').open({ tenantId, roundId })).planId;
    const now = new Date();
    const soon = new Date(now.getTime() + 86_400_000).toISOString();
    const revision = (await as('lise').get({ tenantId, planId })).revision;
    await as('lise').save({ tenantId, planId, expectedRevision: revision, draft: draft({ talkAt: soon, focusPoints: [] }) });
    const first = await sendDueTalkReminders(f.db, tenantId, f.services.mailer, 'http://127.0.0.1:4100', now);
    const second = await sendDueTalkReminders(f.db, tenantId, f.services.mailer, 'http://127.0.0.1:4100', now);
    expect(second).toBe(0);
    // Mads's talk is held, so only Lise's (and any other plan due) is reminded.
    const outbox = await f.as(users.admin!).outbox.tenant({ tenantId, limit: 50 });
    const reminders = outbox.filter((m) => m.subject.includes('Sørensen; Lise'));
    expect(first).toBe(2);
    expect(reminders.map((m) => m.to).sort()).toEqual(['lis@egeskov.dk', 'okj@egeskov.dk']);
    expect(reminders[0]!.text).toContain(`/follow-up/${planId}?tenant=${tenantId}`);
  });

  it('reminds once with a mail server too, when two mail jobs run at the same time', async () => {
    const delivered: MailMessage[] = [];
    const smtp: Mailer = { sends: true, keepsLinks: false, deliver: async (m) => (delivered.push(m), { status: 'sent', error: null }), close: () => {} };
    const planId = (await as('hanne').open({ tenantId, roundId })).planId;
    const revision = (await as('hanne').get({ tenantId, planId })).revision;
    const now = new Date();
    await as('hanne').save({ tenantId, planId, expectedRevision: revision, draft: draft({ talkAt: new Date(now.getTime() + 3_600_000).toISOString(), focusPoints: [] }) });
    const counts = await Promise.all([1, 2].map(() => sendDueTalkReminders(f.db, tenantId, smtp, 'http://127.0.0.1:4100', now)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(delivered.map((m) => m.to).sort()).toEqual(['bira@egeskov.dk', 'hoe@egeskov.dk']);
    const outbox = await f.as(users.admin!).outbox.tenant({ tenantId, limit: 50 });
    expect(outbox.filter((m) => m.subject.includes('Hanne Østergård')).map((m) => m.status)).toEqual(['sent', 'sent']);
    // The same talk is not reminded again; a talk moved to a new date is, once.
    expect(await sendDueTalkReminders(f.db, tenantId, smtp, 'http://127.0.0.1:4100', now)).toBe(0);
    const moved = (await as('hanne').get({ tenantId, planId })).revision;
    await as('hanne').save({ tenantId, planId, expectedRevision: moved, draft: draft({ talkAt: new Date(now.getTime() + 7_200_000).toISOString(), focusPoints: [] }) });
    expect(await sendDueTalkReminders(f.db, tenantId, smtp, 'http://127.0.0.1:4100', now)).toBe(2);
    expect(await sendDueTalkReminders(f.db, tenantId, smtp, 'http://127.0.0.1:4100', now)).toBe(0);
    // A talk moved into the past is not reminded of: there is nothing left to prepare for.
    const past = (await as('hanne').get({ tenantId, planId })).revision;
    await as('hanne').save({ tenantId, planId, expectedRevision: past, draft: draft({ talkAt: new Date(now.getTime() - 3_600_000).toISOString(), focusPoints: [] }) });
    expect(await sendDueTalkReminders(f.db, tenantId, smtp, 'http://127.0.0.1:4100', now)).toBe(0);
  });
});
