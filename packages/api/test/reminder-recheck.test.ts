import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuessLimiter, linkKeyFromEnv, personalToken, queueDueReminders, runTenantMail, type MailMessage, type Mailer, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { surveyRoutes } from '../src/survey/survey-routes.ts';
import { importEgeskovPeople } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

/*
 * A security review's finding: a reminder was queued for everyone unfinished when the admin
 * clicked (or the plan came due), and whoever finished before the mail job ran was still told
 * "we are still missing your answers". The job now looks again as it claims each reminder.
 */
const WEEK = 7 * 86_400_000;

describe.each(testEngines())('a reminder to someone who finished before it went out, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: UserSummary;
  let roundId: string;
  const api = () => f.as(admin);
  const run = (mailer: Mailer = f.services.mailer) => runTenantMail(f.db, tenantId, { mailer, linkKey: linkKeyFromEnv(), publicUrl: PUBLIC_URL });
  const remindersTo = async () => (await api().outbox.tenant({ tenantId, limit: 1000 })).filter((m) => m.subject.startsWith('Påmindelse')).map((m) => m.to);
  const statusOf = (personId: string) =>
    withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_messages').select(['status', 'seq']).where('kind', '=', 'reminder').where('person_id', '=', personId).orderBy('seq').execute());

  /** Sends every form of a respondent through their link, as the survey app does. */
  async function finishAll(personId: string): Promise<void> {
    const r = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).where('person_id', '=', personId).executeTakeFirstOrThrow());
    const headers = { authorization: `Bearer ${personalToken(linkKeyFromEnv(), tenantId, r.link_salt)}`, 'x-spejl-device': 'D'.repeat(43), 'content-type': 'application/json' };
    const app = surveyRoutes(f.db, { limiter: new GuessLimiter(f.db, { perClient: 1000, windowMs: 60_000, maxRemembered: 100 }) });
    const survey = (await (await app.request('/survey', { headers })).json()) as { forms: { slot: number; themes: { items: unknown[] }[] }[] };
    for (const form of survey.forms) {
      const n = form.themes.reduce((sum, theme) => sum + theme.items.length, 0);
      const put = await app.request(`/forms/${form.slot}`, { method: 'PUT', headers, body: JSON.stringify({ answers: Array(n).fill(3), submit: true }) });
      expect(put.status).toBe(200);
    }
  }

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('recheck');
    tenantId = made.tenant.id;
    admin = made.admin;
    await importEgeskovPeople(f, tenantId);
    // One planned reminder, a week in; the second test brings it due.
    roundId = (await api().rounds.create({ tenantId, settings: { name: 'Forår', themes: [{ id: 'borgerorientering' }], reminders: [new Date(Date.now() + WEEK)] } })).id;
    await api().rounds.launch({ tenantId, roundId });
    await run();
  });
  afterAll(() => f?.close());

  it('is not sent, and the delivery report counts it as not needed — neither sent nor failed', async () => {
    await api().rounds.remindNow({ tenantId, roundId, chainOf: '1004' });
    // Karen Dahl (1007) finishes after the click, before the mail job runs.
    await finishAll('1007');
    await run();
    const to = await remindersTo();
    expect(to).not.toContain('kda@egeskov.dk');
    expect(to).toContain('iha@egeskov.dk'); // Ida Hansen (1009) has not answered: she is reminded
    expect(await statusOf('1007')).toEqual([{ status: 'unneeded', seq: expect.any(Number) as unknown }]);
    const { delivery } = await api().rounds.progress({ tenantId, roundId });
    expect(delivery.counts.unneeded).toBe(1);
    expect(delivery.failures).toEqual([]);
  });

  it('is looked at again by the path that hands mail to a mail server too, for a planned reminder', async () => {
    const sent: MailMessage[] = [];
    const server: Mailer = { sends: true, keepsLinks: false, deliver: async (m) => (sent.push(m), { status: 'sent', error: null }), close: () => {} };
    // The round's planned reminder comes due (as the mail job would queue it a week on): its run queues everyone unfinished …
    expect(await withTenant(f.db, tenantId, (tx) => queueDueReminders(tx, tenantId, new Date(Date.now() + WEEK + 60_000)))).toBeGreaterThan(0);
    // … and Ida finishes before the job sends it.
    await finishAll('1009');
    await run(server);
    expect(sent.map((m) => m.to)).not.toContain('iha@egeskov.dk');
    expect(sent.length).toBeGreaterThan(0);
    // Planned reminder 1 set aside; the reminder sent by hand in the first test (number 2) had gone to her.
    expect((await statusOf('1009')).map((m) => m.status)).toEqual(['unneeded', 'stored']);
    expect((await api().rounds.progress({ tenantId, roundId })).delivery.counts.unneeded).toBe(2);
  });
});
