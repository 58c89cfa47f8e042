import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROUND_TEXTS, GuessLimiter, linkKeyFromEnv, runTenantMail, WITHHELD_LINK, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { issuesOf } from '../src/errors.ts';
import { surveyRoutes } from '../src/survey/survey-routes.ts';
import { importEgeskovPeople } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

/*
 * A security review's attack: an admin wrote {{link}} in the invitation's and the reminder's
 * subject, the mail job filled in each respondent's link, and the outbox — which withheld links
 * only in the text — listed and searched the subjects with the links in them, so the admin could
 * answer as any employee. Outside demo mode the outbox must hand out no link, however the texts
 * were written.
 */
const SURVEY_LINK = /https?:\/\/\S+\/s\/#\S+/;

describe.each(testEngines())('a personal link in a round mail subject, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: UserSummary;
  const api = () => f.as(admin);
  const withLinkInSubjects = () => {
    const texts = structuredClone(DEFAULT_ROUND_TEXTS);
    texts.invitation.da.subject = 'Ledelsesevaluering {{link}}';
    texts.reminder.en.subject = 'Reminder {{ link }}';
    return texts;
  };

  beforeAll(async () => {
    f = await apiFixture(engine); // not a demo: the outbox must hide every link
    expect(f.services.mailer.keepsLinks).toBe(false);
    const made = await f.tenantWithAdmin('subject');
    tenantId = made.tenant.id;
    admin = made.admin;
    await importEgeskovPeople(f, tenantId);
  });
  afterAll(() => f?.close());

  it('refuses {{link}} in a subject on create and on update, coded at the very field, and saves nothing', async () => {
    const settings = { name: 'Forår', themes: [{ id: 'borgerorientering' }], texts: withLinkInSubjects() };
    const created = await api().rounds.create({ tenantId, settings }).then(() => null, (e: { code: string; cause: unknown }) => e);
    expect(created?.code).toBe('BAD_REQUEST');
    expect(issuesOf(created?.cause).map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'settings.texts.invitation.da.subject', code: 'round.secretInSubject', params: { field: 'subject', mail: 'invitation', lang: 'da', placeholder: '{{link}}' } },
      { path: 'settings.texts.reminder.en.subject', code: 'round.secretInSubject', params: { field: 'subject', mail: 'reminder', lang: 'en', placeholder: '{{ link }}' } },
    ]);
    expect(await api().rounds.list({ tenantId })).toEqual([]);

    const round = await api().rounds.create({ tenantId, settings: { ...settings, texts: DEFAULT_ROUND_TEXTS } });
    await expect(api().rounds.update({ tenantId, roundId: round.id, settings })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await api().rounds.get({ tenantId, roundId: round.id })).texts).toEqual(DEFAULT_ROUND_TEXTS);
    await api().rounds.remove({ tenantId, roundId: round.id });
  });

  it('gives the admin no link from a round saved before the rule: not in the outbox list, its search or its subjects, and the attack finds nothing', async () => {
    const roundId = (await api().rounds.create({ tenantId, settings: { name: 'Gammel', themes: [{ id: 'borgerorientering' }] } })).id;
    // As a round stored before texts were checked for this.
    await withTenant(f.db, tenantId, (tx) => tx.updateTable('rounds').set({ texts: JSON.stringify(withLinkInSubjects()) }).where('id', '=', roundId).execute());
    await api().rounds.launch({ tenantId, roundId });
    await runTenantMail(f.db, tenantId, { mailer: f.services.mailer, linkKey: linkKeyFromEnv(), publicUrl: PUBLIC_URL });
    await api().rounds.remindNow({ tenantId, roundId, chainOf: null });
    await runTenantMail(f.db, tenantId, { mailer: f.services.mailer, linkKey: linkKeyFromEnv(), publicUrl: PUBLIC_URL });

    const outbox = await api().outbox.tenant({ tenantId, limit: 1000 });
    const karen = outbox.filter((m) => m.to === 'kda@egeskov.dk');
    // The subject was written without the link (no placeholder left in it), the text with it and withheld.
    expect(karen.map((m) => m.subject).sort()).toEqual(['Ledelsesevaluering', 'Påmindelse: Gammel']);
    for (const m of outbox) expect(`${m.subject}\n${m.text}`).not.toMatch(SURVEY_LINK);
    expect(karen.find((m) => m.subject === 'Ledelsesevaluering')?.text).toContain(WITHHELD_LINK.da);
    expect(await api().outbox.tenant({ tenantId, limit: 1000, search: '/s/#' })).toEqual([]);

    // The attack, replayed: nothing in what the admin reads opens a form.
    const app = surveyRoutes(f.db, { limiter: new GuessLimiter(f.db, { perClient: 100, windowMs: 60_000, maxRemembered: 100 }) });
    for (const m of outbox) {
      const token = /#(\S+)/.exec(`${m.subject} ${m.text ?? ''}`)?.[1];
      if (!token) continue;
      const res = await app.request('/survey', { headers: { authorization: `Bearer ${token}`, 'x-spejl-device': 'A'.repeat(43) } });
      expect(res.status).not.toBe(200);
    }
    const { rates } = await api().rounds.progress({ tenantId, roundId });
    expect(rates.overall.finished).toBe(0);
  });
});
