import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuessLimiter, linkKeyFromEnv, personalToken, runTenantMail, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { surveyRoutes } from '../src/survey/survey-routes.ts';
import { egeskovFile, importEgeskovPeople, member } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

const EMAIL: Record<string, string> = Object.fromEntries(
  new TextDecoder().decode(egeskovFile('egeskov-people.csv')).trim().split('\n').slice(1).map((line) => {
    const [id, , email] = line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    return [id!, email!];
  }),
);

describe.each(testEngines())('sending a reminder now through the API on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: UserSummary;
  let roundId: string;
  const api = () => f.as(admin);
  const reminded = async () => {
    await runTenantMail(f.db, tenantId, { mailer: f.services.mailer, linkKey: linkKeyFromEnv(), publicUrl: PUBLIC_URL });
    const outbox = await api().outbox.tenant({ tenantId, limit: 200 });
    return outbox.filter((m) => m.subject.startsWith('Påmindelse')).map((m) => m.to).sort();
  };
  const reminderRows = () => withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_messages').select('person_id').where('kind', '=', 'reminder').execute());

  /** Answers a respondent's forms through their link, as the survey app does. */
  async function finish(personId: string, slots: number[]): Promise<void> {
    const r = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).where('person_id', '=', personId).executeTakeFirstOrThrow());
    const token = personalToken(linkKeyFromEnv(), tenantId, r.link_salt);
    const app = surveyRoutes(f.db, { limiter: new GuessLimiter(f.db, { perClient: 100, windowMs: 60_000, maxRemembered: 100 }) });
    for (const slot of slots) {
      const put = await app.request(`/forms/${slot}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'x-spejl-device': 'D'.repeat(43), 'content-type': 'application/json' },
        body: JSON.stringify({ answers: [4, 4, 3, 'dk'], submit: true }),
      });
      expect(put.status).toBe(200);
    }
  }

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('egeskov');
    tenantId = made.tenant.id;
    admin = made.admin;
    await importEgeskovPeople(f, tenantId);
    roundId = (await api().rounds.create({ tenantId, settings: { name: 'Forår 2026', themes: [{ id: 'borgerorientering' }] } })).id;
    await api().rounds.launch({ tenantId, roundId });
    // Jens Lund (1006) answers his one form, about Mads Bæk (1004).
    await finish('1006', [0]);
    await runTenantMail(f.db, tenantId, { mailer: f.services.mailer, linkKey: linkKeyFromEnv(), publicUrl: PUBLIC_URL });
  });
  afterAll(() => f?.close());

  it("refuses an analyst, a leader and another organisation's admin, and queues nothing", async () => {
    const analyst = await member(f, tenantId, 'Analytiker', 'analyst', null);
    const leader = await member(f, tenantId, 'Mads', 'leader', '1004');
    const stranger = (await f.tenantWithAdmin('fremmed')).admin;
    for (const user of [analyst, leader]) {
      await expect(f.as(user).rounds.remindNow({ tenantId, roundId, chainOf: null })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { coded: { code: 'access.roleRefused' } } });
      await expect(f.as(user).rounds.reminderPreview({ tenantId, roundId, chainOf: '1004' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(f.as(stranger).rounds.remindNow({ tenantId, roundId, chainOf: null })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'access.tenantNotYours' } } });
    expect(await reminderRows()).toEqual([]);
    // An analyst reads the history (empty of runs so far), as they read the round's progress.
    expect((await f.as(analyst).rounds.reminderHistory({ tenantId, roundId })).filter((h) => h.ranAt)).toEqual([]);
  });

  it("names the unfinished forms, then mails exactly the unfinished of 1004's chain — never Jens, who finished — and audits both", async () => {
    expect(await api().rounds.reminderPreview({ tenantId, roundId, chainOf: '1004' })).toEqual({ unfinishedForms: 6, withoutEmail: 0, remindedLately: 0, everyoneRemindedLately: false });
    expect(await api().rounds.remindNow({ tenantId, roundId, chainOf: '1004' })).toMatchObject({ unfinishedForms: 6 });
    const chain = ['1002', '1004', '1007', '1008', '1009', '1010'].map((id) => EMAIL[id]).sort();
    expect(await reminded()).toEqual(chain);
    expect(await reminded()).not.toContain(EMAIL['1006']);
    const audit = await api().tenant.audit({ tenantId, limit: 5 });
    expect(audit.find((a) => a.action === 'round.remindNow')).toMatchObject({ target: roundId, actorUserId: admin.id, details: { chainOf: '1004', unfinishedForms: 6 } });
    expect(audit.find((a) => a.action === 'round.reminderPreview')).toMatchObject({ target: roundId, actorUserId: admin.id, details: { chainOf: '1004' } });
  });

  it('refuses a second click for the same people by code, reminds nobody twice, and two clicks at once make one run', async () => {
    await expect(api().rounds.remindNow({ tenantId, roundId, chainOf: '1004' })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'round.reminderNobody' } } });
    // The preview says who was reminded lately (the outbox names them), not whether the rest have answered: Jens, who has, was not.
    expect(await api().rounds.reminderPreview({ tenantId, roundId, chainOf: '1004' })).toEqual({ unfinishedForms: 6, withoutEmail: 0, remindedLately: 6, everyoneRemindedLately: false });
    const twice = await Promise.allSettled([api().rounds.remindNow({ tenantId, roundId, chainOf: null }), api().rounds.remindNow({ tenantId, roundId, chainOf: null })]);
    expect(twice.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const everyone = twice.find((r) => r.status === 'fulfilled')?.value;
    expect(everyone?.unfinishedForms).toBe(25);
    const mailed = await reminded();
    // Karen was reminded with 1004's chain a moment ago: the run to everyone skips her.
    expect(mailed.filter((to) => to === EMAIL['1007'])).toHaveLength(1);
    expect(mailed).toHaveLength(15);
    expect(new Set(mailed).size).toBe(15);
    expect(mailed).not.toContain(EMAIL['1006']);
    const history = await api().rounds.reminderHistory({ tenantId, roundId });
    expect(history.filter((h) => h.byHand).map((h) => ({ chain: h.chain?.name ?? null, unfinishedForms: h.unfinishedForms, by: h.requestedBy }))).toEqual([
      { chain: 'Mads Bæk', unfinishedForms: 6, by: admin.name },
      { chain: null, unfinishedForms: 25, by: admin.name },
    ]);
  });

  it('refuses a closed round and a draft with their codes, and queues nothing', async () => {
    const before = (await reminderRows()).length;
    await api().rounds.close({ tenantId, roundId });
    await expect(api().rounds.remindNow({ tenantId, roundId, chainOf: null })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'round.remindOnlyWhileOpen', params: { status: 'closed' } } } });
    const draft = await api().rounds.create({ tenantId, settings: { name: 'Efterår 2026', themes: [{ id: 'borgerorientering' }] } });
    await expect(api().rounds.remindNow({ tenantId, roundId: draft.id, chainOf: null })).rejects.toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'round.remindOnlyWhileOpen', params: { status: 'draft' } } } });
    expect((await reminderRows()).length).toBe(before);
  });
});
