import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError, TEST_INVITATIONS_PER_HOUR, WITHHELD_LINK } from '@spejl/core';
import { sql, withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { egeskovTenant } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

/** The tables launching a round writes to: a preview or a test invitation must add nothing to any of them. */
const ROUND_TABLES = ['round_respondents', 'round_assignments', 'round_forms', 'round_messages', 'round_snapshots', 'round_people'] as const;

describe.each(testEngines())('previewing a round and sending oneself a test invitation on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;
  let roundId: string;
  const api = () => f.as(admin);
  const preview = (role: 'employee' | 'self' | 'superior', more: { faggruppe?: string | null; locale?: 'da' | 'en' } = {}) =>
    api().rounds.preview({ tenantId, roundId, role, faggruppe: more.faggruppe ?? null, ...(more.locale ? { locale: more.locale } : {}) });
  /** Rows per round table (and the outbox), to show a call wrote nothing. */
  const counts = () =>
    withTenant(f.db, tenantId, async (tx) => {
      const tables = [...ROUND_TABLES, 'mail_outbox'];
      const rows = await Promise.all(tables.map((t) => sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(tx)));
      return Object.fromEntries(tables.map((t, i) => [t, Number(rows[i]?.rows[0]?.n)]));
    });

  beforeAll(async () => {
    f = await apiFixture(engine);
    ({ tenantId, admin } = await egeskovTenant(f));
    await api().themes.saveFraming({ tenantId, framing: { defaultExample: { da: 'borgere i kommunen', en: 'the town\'s citizens' }, faggruppeExamples: [{ faggruppe: 'Lærer', example: { da: 'elever og forældre', en: 'pupils and parents' } }] } });
    const local = { id: 'arbejdsro', label: { da: 'Arbejdsro' }, text: { employee: { da: 'Min leder sikrer arbejdsro.' }, self: { da: 'Jeg sikrer arbejdsro.' }, superior: { da: 'Lederen sikrer arbejdsro.' } } };
    await api().themes.saveLocalQuestions({ tenantId, questions: { expectedRevision: null, intro: { employee: { da: 'Til sidst et par spørgsmål om din leder, vi selv har valgt.' }, self: { da: 'Til sidst et par spørgsmål om dig, vi selv har valgt.' }, superior: { da: 'Til sidst et par spørgsmål om lederen, vi selv har valgt.' } }, items: [local] } });
    const round = await api().rounds.create({ tenantId, settings: { name: 'Forår 2026', themes: [{ id: 'borgerorientering' }, { id: 'lokale' }] } });
    roundId = round.id;
  });
  afterAll(() => f?.close());

  it('previews a draft as an employee: their wording, their faggruppe\'s example, the local statements and the invitation, writing nothing', async () => {
    const before = await counts();
    const teacher = await preview('employee', { faggruppe: 'lærer' });
    expect(teacher).toMatchObject({ role: 'employee', locale: 'da', forms: 15, round: { name: 'Forår 2026', status: 'draft', threshold: 5 } });
    expect(teacher.faggrupper).toEqual(['administration', 'lærer', 'pædagog', 'SOSU-assistent', 'sygeplejerske']);
    // The first teacher by person id is Mads Bæk, whose leader is Ole Kjærgaard.
    expect(teacher.form.subjectName).toBe('Ole Kjærgaard');
    const [borger, lokale] = teacher.form.themes;
    expect(borger?.title).toBe('Borgerorientering');
    expect(borger?.intro).toContain('hvordan du oplever din leders fokus');
    expect(borger?.intro).toContain('fx elever og forældre');
    expect(borger?.intro).not.toContain('{{');
    expect(lokale).toMatchObject({ intro: 'Til sidst et par spørgsmål om din leder, vi selv har valgt.', items: [{ id: 'arbejdsro', text: 'Min leder sikrer arbejdsro.' }] });
    expect(teacher.invitation.subject).toBe('Ledelsesevaluering: Forår 2026');
    expect(teacher.invitation.text).toContain('Kære Mads Bæk');
    expect(teacher.invitation.text).toContain('Dine svar om din leder er anonyme: de vises kun samlet, når mindst 5 har svaret.');
    // Mads Bæk leads a team too: his one invitation says his answers about himself are not anonymous.
    expect(teacher.invitation.text).toContain('Dine svar om dig selv er ikke anonyme');
    expect(teacher.invitation.text).not.toContain('overordnede leders vurdering');
    expect(teacher.invitation.text).toContain(WITHHELD_LINK.da);
    // Without a faggruppe the tenant's own example fills the text.
    expect((await preview('employee')).form.themes[0]?.intro).toContain('fx borgere i kommunen');
    expect(await counts()).toEqual(before);
  });

  it('previews the leader themself and the superior in their own wording, and in English', async () => {
    const before = await counts();
    const self = await preview('self');
    expect(self).toMatchObject({ role: 'self', forms: 6 });
    expect(self.form.themes[0]?.intro).toContain('dit eget fokus');
    expect(self.form.themes[1]).toMatchObject({ intro: 'Til sidst et par spørgsmål om dig, vi selv har valgt.', items: [{ id: 'arbejdsro', text: 'Jeg sikrer arbejdsro.' }] });
    const superior = await preview('superior');
    expect(superior).toMatchObject({ role: 'superior', forms: 5 });
    expect(superior.form.themes[1]?.items).toEqual([{ id: 'arbejdsro', text: 'Lederen sikrer arbejdsro.' }]);
    // The invitation promises no anonymity to the leader about themself or to a superior: their answers stand on their own.
    expect(self.invitation.text).toContain('Dine svar om dig selv er ikke anonyme: de vises for sig som din egen vurdering ("Leder selv")');
    expect(superior.invitation.text).toContain('er ikke anonyme: de vises for sig som den overordnede leders vurdering ("Overordnet leder")');
    // The example top leader (Birgitte Ravn) has no leader, so nothing about anonymity at all.
    expect(superior.invitation.text).toContain('Kære Birgitte Ravn');
    expect(superior.invitation.text).not.toContain('Dine svar om din leder er anonyme');
    const english = await preview('employee', { locale: 'en', faggruppe: 'Lærer' });
    expect(english.form.themes[0]?.intro).toContain('for example, pupils and parents');
    expect(english.invitation.subject).toBe('Leadership evaluation: Forår 2026');
    expect(english.invitation.text).toContain(WITHHELD_LINK.en);
    expect(await counts()).toEqual(before);
  });

  it("refuses another organisation's admin, an analyst and a leader: only those who may launch a round preview it", async () => {
    const stranger = (await f.tenantWithAdmin('fremmed')).admin;
    const analyst = await f.user('Analytiker');
    await f.join(tenantId, analyst, 'analyst');
    const leader = await f.user('Leder');
    await f.join(tenantId, leader, 'leader');
    const before = await counts();
    for (const [who, code] of [[stranger, 'NOT_FOUND'], [analyst, 'FORBIDDEN'], [leader, 'FORBIDDEN']] as const) {
      await expect(f.as(who).rounds.preview({ tenantId, roundId, role: 'employee', faggruppe: null })).rejects.toMatchObject({ code });
      await expect(f.as(who).rounds.sendTestInvitation({ tenantId, roundId })).rejects.toMatchObject({ code });
    }
    expect(await counts()).toEqual(before);
    expect(f.inbox(stranger.email).concat(f.inbox(analyst.email), f.inbox(leader.email))).toEqual([]);
  });

  it('previews an open round from its frozen hierarchy, writing nothing', async () => {
    await api().rounds.launch({ tenantId, roundId });
    // A person added after launch is not in the round: the preview counts the frozen forms.
    await api().people.add({ tenantId, person: { personId: '1017', name: 'Ny Medarbejder', email: null, managerId: '1004', faggruppe: 'lærer', unitName: null } });
    const before = await counts();
    const open = await preview('employee', { faggruppe: 'lærer' });
    expect(open).toMatchObject({ forms: 15, round: { status: 'open', threshold: 5 }, form: { subjectName: 'Ole Kjærgaard' } });
    expect(await counts()).toEqual(before);
  });

  it('mails the signed-in admin the invitation as respondents get it, marked as a test and linking to the preview; nothing counts in progress', async () => {
    await f.db.updateTable('tenants').set({ branding: JSON.stringify({ primaryColor: '#1f6f4a' }) }).where('id', '=', tenantId).execute();
    const progress = await api().rounds.progress({ tenantId, roundId });
    const before = await counts();
    const sent = await api().rounds.sendTestInvitation({ tenantId, roundId });
    const previewUrl = `${PUBLIC_URL}/rounds/${roundId}/preview?tenant=${tenantId}`;
    expect(sent).toEqual({ to: admin.email, previewUrl });

    const [mail] = f.inbox(admin.email);
    expect(mail?.subject).toBe('[TEST] Ledelsesevaluering: Forår 2026');
    expect(mail?.text).toMatch(/^TEST – Denne invitation har du sendt til dig selv/);
    expect(mail?.text).toContain(`Kære ${admin.name}`);
    expect(mail?.text).toContain('Dine svar om din leder er anonyme: de vises kun samlet, når mindst 5 har svaret.');
    expect(mail?.text).toContain(previewUrl);
    expect(mail?.html).toContain('#1f6f4a');
    const [stored] = await api().outbox.tenant({ tenantId, limit: 1 });
    expect(stored).toMatchObject({ to: admin.email, subject: '[TEST] Ledelsesevaluering: Forår 2026', status: 'stored' });
    expect(stored?.text).toContain(previewUrl);

    expect(await counts()).toEqual({ ...before, mail_outbox: before.mail_outbox! + 1 });
    expect(await api().rounds.progress({ tenantId, roundId })).toEqual(progress);
    expect((await api().tenant.audit({ tenantId, limit: 5 })).map((a) => a.action)).toContain('round.testInvitation');
  });

  it('allows five test invitations an hour per user and then refuses with a coded refusal said in Danish', async () => {
    for (let i = 1; i < TEST_INVITATIONS_PER_HOUR; i++) await api().rounds.sendTestInvitation({ tenantId, roundId, locale: 'en', role: 'superior' });
    expect(f.inbox(admin.email)).toHaveLength(TEST_INVITATIONS_PER_HOUR);
    expect(f.inbox(admin.email).at(-1)?.subject).toBe('[TEST] Leadership evaluation: Forår 2026');
    // Sent as a superior gets it: their answers are not promised anonymity.
    expect(f.inbox(admin.email).at(-1)?.text).toContain('are not anonymous: they are shown on their own as the superior\'s assessment');
    const refusal = await api().rounds.sendTestInvitation({ tenantId, roundId }).then(() => null, (e: unknown) => e as { code: string; cause: { coded: { code: 'round.testInvitationLimit'; params: { limit: number; minutes: number } } } });
    expect(refusal).toMatchObject({ code: 'TOO_MANY_REQUESTS', cause: { coded: { code: 'round.testInvitationLimit', params: { limit: 5 } } } });
    expect(renderError('round.testInvitationLimit', refusal!.cause.coded.params, 'da')).toMatch(/^Du har sendt 5 testinvitationer inden for den seneste time\. Vent (60 minutter|\d+ minut(ter)?), og prøv igen\.$/);
    expect(f.inbox(admin.email)).toHaveLength(TEST_INVITATIONS_PER_HOUR);
    // The limit is the user's own: another admin of the organisation may still send theirs.
    const colleague = await f.user('Kollega');
    await f.join(tenantId, colleague, 'admin');
    await f.as(colleague).rounds.sendTestInvitation({ tenantId, roundId });
    expect(f.inbox(colleague.email)).toHaveLength(1);
  });

  it('refuses a test invitation once the round has closed', async () => {
    await api().rounds.close({ tenantId, roundId });
    const colleague = await f.user('Sen');
    await f.join(tenantId, colleague, 'admin');
    await expect(f.as(colleague).rounds.sendTestInvitation({ tenantId, roundId })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'round.testInvitationNotOpen', params: { status: 'closed' } } } });
    expect(f.inbox(colleague.email)).toEqual([]);
  });
});
