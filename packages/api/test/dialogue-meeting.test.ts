import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError, type UserSummary } from '@spejl/core';
import { withTenant, type MemberRole } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closedEgeskovRound, member as memberOf } from './egeskov-round.ts';
import { issuesOf } from '../src/errors.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

/** The PDF's text as pdftotext reads it. */
function pdfText(base64: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dialogue-kit-')), 'kit.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** A mean as a report prints it (1–5 with a decimal), in either language's notation. */
const MEAN = /\b[1-5][.,]\d{1,2}\b/;

const plan = { model: 'one-hour' as const, date: '2027-01-12', startTime: '09:00', themeIds: ['borgerorientering'] };

describe.each(testEngines())('the dialogue meeting with the staff, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  let otherTenantId: string;
  const users: Record<string, UserSummary> = {};
  const member = (name: string, role: MemberRole, personId: string | null) => memberOf(f, tenantId, name, role, personId);
  const meeting = (who: string) => f.as(users[who]!).dialogueMeeting;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('egeskov');
    tenantId = made.tenant.id;
    users.admin = made.admin;
    users.analyst = await member('Analyst', 'analyst', null);
    users.ole = await member('Ole', 'leader', '1002'); // superior of Mads and Lise
    users.mads = await member('Mads', 'leader', '1004'); // five employees answered
    users.lise = await member('Lise', 'leader', '1005'); // two employees answered: under the threshold
    users.hanne = await member('Hanne', 'leader', '1003'); // another leader, not in Mads's line
    const other = await f.tenantWithAdmin('naboby');
    otherTenantId = other.tenant.id;
    users.stranger = other.admin;
    roundId = await closedEgeskovRound(f, users.admin, tenantId);
  });
  afterAll(() => f?.close());

  it('lets a leader pick a model and a date, and gives the agenda with times that add up to the model', async () => {
    const before = await meeting('mads').mine({ tenantId, roundId });
    expect(before.meeting).toBeNull();
    expect(before.models.map((m) => [m.id, m.minutes])).toEqual([['one-hour', 60], ['one-and-a-half-hours', 90]]);
    expect(before.themes.map((t) => t.id)).toEqual(['borgerorientering']);
    await meeting('mads').plan({ tenantId, roundId, ...plan });
    const after = await meeting('mads').mine({ tenantId, roundId });
    expect(after.meeting).toMatchObject({ model: 'one-hour', date: '2027-01-12', startTime: '09:00', themeIds: ['borgerorientering'], agreements: null, heldAt: null });
    expect(after.agenda!.map((a) => `${a.from}-${a.to} ${a.title}`)).toEqual([
      '09:00-09:05 Velkomst og formål', '09:05-09:15 Rapportens hovedpunkter', '09:15-09:45 Drøftelse: Borgerorientering', '09:45-09:55 Aftaler', '09:55-10:00 Næste skridt og opfølgning',
    ]);
    await meeting('mads').plan({ tenantId, roundId, ...plan, model: 'one-and-a-half-hours', startTime: '13:30' });
    expect((await meeting('mads').mine({ tenantId, roundId, locale: 'en' })).agenda!.at(-1)).toMatchObject({ to: '15:00', title: 'Next steps and follow-up' });
    await meeting('mads').plan({ tenantId, roundId, ...plan });
  });

  it('refuses a theme the round did not ask, a day that does not exist and an unknown model, in Danish and English', async () => {
    const wrongTheme = await meeting('mads').plan({ tenantId, roundId, ...plan, themeIds: ['samarbejde'] }).catch((e: unknown) => e);
    expect(wrongTheme).toMatchObject({ code: 'BAD_REQUEST', cause: { coded: { code: 'dialogueMeeting.themeNotInRound' } } });
    expect(renderError('dialogueMeeting.themeNotInRound', { themeId: 'samarbejde', round: 'R' }, 'da')).toBe('Temaet "samarbejde" var ikke med i målingen "R".');
    const badDay = (await meeting('mads').plan({ tenantId, roundId, ...plan, date: '2027-02-30' }).catch((e: unknown) => e)) as { code: string; cause: unknown };
    expect(badDay.code).toBe('BAD_REQUEST');
    const [issue] = issuesOf(badDay.cause);
    expect(issue).toMatchObject({ code: 'input.invalid', params: { field: 'date' } });
    expect(renderError(issue!.code, issue!.params, 'da')).toMatch(/^Datoen/);
    expect(renderError(issue!.code, issue!.params, 'en')).toMatch(/^The date/);
    await expect(meeting('mads').plan({ tenantId, roundId, ...plan, model: 'all-day' as never })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('prints a kit with the agenda, the published figures and the theme’s reflection questions, and audits it', async () => {
    const report = await f.as(users.mads!).reports.document({ tenantId, roundId, reportId: 'leader', leaderId: '1004' });
    const pdf = await meeting('mads').kitPdf({ tenantId, roundId });
    expect(pdf.fileName).toMatch(/\.pdf$/);
    const text = pdfText(pdf.contentBase64);
    for (const line of ['Dagsorden', '09:00–09:05', 'Velkomst og formål', '09:15–09:45', 'Drøftelse: Borgerorientering', 'Aftaler', 'Spørgsmål til drøftelsen', '12. januar 2027']) expect(text).toContain(line);
    expect(text).toMatch(/Er der dele af jeres organisation|Er I som organisation/);
    expect(text).toMatch(MEAN);
    // Mads's theme mean is published in his report, and the kit shows the same figure.
    const html = (await meeting('mads').kitHtml({ tenantId, roundId })).html;
    expect(html).toContain('Drøftelse: Borgerorientering');
    expect(JSON.stringify(report)).toContain('"employee":{"suppressed":false');
    const audit = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('audit_log').select(['action', 'target', 'details']).where('action', '=', 'dialogueMeeting.kit').orderBy('at').execute());
    expect(audit.map((a) => [a.action, a.target, a.details.format])).toEqual([['dialogueMeeting.kit', '1004', 'pdf'], ['dialogueMeeting.kit', '1004', 'html']]);
  });

  it('gives a leader whose employee group is under the threshold a kit with no employee figures, and says why as the report does', async () => {
    await meeting('lise').plan({ tenantId, roundId, ...plan });
    const text = pdfText((await meeting('lise').kitPdf({ tenantId, roundId })).contentBase64);
    expect(text).toContain('Drøftelse: Borgerorientering');
    expect(text.replace(/\s+/g, ' ')).toContain('Medarbejdernes svar vises ikke, fordi færre end 5 har svaret.');
    expect(text).not.toMatch(MEAN);
    expect(text).not.toContain('Hvem har svaret');
    const html = (await meeting('lise').kitHtml({ tenantId, roundId, locale: 'en' })).html;
    const visible = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
    expect(visible).toContain('fewer than 5 answered');
    expect(visible).not.toMatch(MEAN);
  });

  it('refuses a kit for someone else’s report, even to those who may read that report', async () => {
    await expect(meeting('mads').kitPdf({ tenantId, roundId, leaderId: '1005' })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'dialogueMeeting.othersKit' } } });
    await expect(meeting('ole').kitPdf({ tenantId, roundId, leaderId: '1004' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(meeting('admin').kitPdf({ tenantId, roundId, leaderId: '1004' })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'dialogueMeeting.notALeader' } } });
    await expect(meeting('hanne').kitHtml({ tenantId, roundId })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'dialogueMeeting.notPlanned' } } });
    await expect(meeting('stranger').kitPdf({ tenantId, roundId })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'access.tenantNotYours' } } });
  });

  it('keeps the agreements the leader’s: the superior and admins see only whether the meeting was held, everyone else nothing', async () => {
    const empty = (await meeting('mads').recordAgreements({ tenantId, roundId, agreements: '   ' }).catch((e: unknown) => e)) as { cause: unknown };
    const [issue] = issuesOf(empty.cause);
    expect(issue).toMatchObject({ code: 'input.empty', params: { field: 'agreements' } });
    expect(renderError(issue!.code, issue!.params, 'da')).toBe('Aftalerne skal udfyldes.');
    const secret = 'Vi holder borgerpanel hver måned (Mads har ansvaret)';
    const saved = await meeting('mads').recordAgreements({ tenantId, roundId, agreements: secret });
    await meeting('mads').markHeld({ tenantId, roundId, held: true });
    expect(await meeting('mads').read({ tenantId, meetingId: saved.id })).toMatchObject({ sight: 'all', meeting: { agreements: secret } });
    for (const who of ['ole', 'admin', 'analyst']) {
      const seen = await meeting(who).read({ tenantId, meetingId: saved.id });
      expect(seen).toEqual({ sight: 'held-only', status: { id: saved.id, leaderId: '1004', leaderName: 'Mads Bæk', held: true } });
      expect(JSON.stringify(await meeting(who).statuses({ tenantId, roundId }))).not.toContain('borgerpanel');
    }
    for (const who of ['hanne', 'lise']) await expect(meeting(who).read({ tenantId, meetingId: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'dialogueMeeting.notFound' } } });
    await expect(meeting('stranger').read({ tenantId, meetingId: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'access.tenantNotYours' } } });
    await expect(meeting('stranger').read({ tenantId: otherTenantId, meetingId: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'dialogueMeeting.notFound' } } });
    const tampered = `${saved.id.slice(0, -1)}${saved.id.endsWith('0') ? '1' : '0'}`;
    await expect(meeting('mads').read({ tenantId, meetingId: tampered })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'dialogueMeeting.notFound' } } });
    await expect(meeting('mads').read({ tenantId, meetingId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // Every leader-only procedure acts on the caller's own meeting: Lise's agreements never land on Mads's meeting.
    await meeting('lise').recordAgreements({ tenantId, roundId, agreements: 'Lises aftale' });
    expect((await meeting('mads').mine({ tenantId, roundId })).meeting!.agreements).toBe(secret);
    await expect(meeting('admin').recordAgreements({ tenantId, roundId, agreements: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists whether meetings were held: admins every leader, a superior their direct reports, other leaders none', async () => {
    const names = async (who: string) => (await meeting(who).statuses({ tenantId, roundId })).map((s) => `${s.leaderId}:${s.held}`);
    expect(await names('admin')).toEqual(['1004:true', '1005:false']);
    expect(await names('ole')).toEqual(['1004:true', '1005:false']);
    expect(await names('hanne')).toEqual([]);
    expect(await names('mads')).toEqual([]);
  });

  it('shares the agreements by mail with the leader’s direct reports in the round, once however often it is asked', async () => {
    await expect(meeting('lise').share({ tenantId, roundId })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'dialogueMeeting.notHeld' } } });
    const first = await meeting('mads').share({ tenantId, roundId });
    expect(first).toMatchObject({ sent: 5, alreadyShared: false });
    const second = await meeting('mads').share({ tenantId, roundId });
    expect(second).toMatchObject({ sent: 0, alreadyShared: true });
    for (const address of ['jlu@egeskov.dk', 'kda@egeskov.dk', 'pmo@egeskov.dk', 'iha@egeskov.dk', 'asn@egeskov.dk']) {
      const mail = f.inbox(address);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.text).toContain('Vi holder borgerpanel hver måned');
      expect(mail[0]!.text).toContain('Mads Bæk');
    }
    // Not to the superior, not to another leader's team.
    expect(f.inbox('okj@egeskov.dk')).toHaveLength(0);
    expect(f.inbox('ski@egeskov.dk')).toHaveLength(0);
    const outbox = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('mail_outbox').select(['to_address', 'text_body']).where('subject', 'like', 'Aftaler fra dialogmødet%').execute());
    expect(outbox).toHaveLength(5);
    // The admin who reads the outbox sees that the team got the agreements, not what they say.
    for (const copy of outbox) {
      expect(copy.text_body).not.toContain('borgerpanel');
      expect(copy.text_body).toContain('[kun til modtagerne]');
    }
    await expect(meeting('mads').recordAgreements({ tenantId, roundId, agreements: 'Ændret bagefter' })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'dialogueMeeting.alreadyShared' } } });
    await expect(meeting('mads').markHeld({ tenantId, roundId, held: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(meeting('mads').plan({ tenantId, roundId, ...plan, date: '2027-03-01' })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'dialogueMeeting.alreadyShared' } } });
  });
});
