import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPeopleImport, GuessLimiter, linkKeyFromEnv, personalToken, renderError, runTenantMail } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { surveyRoutes } from '../src/survey/survey-routes.ts';
import { egeskovFile } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

/*
 * A curious admin's best attempts with "send a reminder now" (a security review's proofs, kept as
 * regressions). Response rates publish finished/total forms per leader and role, and one count of
 * people done; whatever the reminder tools say must follow from those and from the outbox, which
 * names whom a reminder went to (said to respondents and in docs/security.md). Two organisations
 * whose published rates are the same must get the same previews, results and history.
 */

/** The egeskov people, with one person given no e-mail address (they get a printed letter). */
function peopleFile(noEmailFor: string | null): Uint8Array {
  const text = new TextDecoder().decode(egeskovFile('egeskov-people.csv'));
  if (!noEmailFor) return new TextEncoder().encode(text);
  return new TextEncoder().encode(text.split('\n').map((l) => (l.startsWith(`${noEmailFor};`) ? l.replace(/;[^;]*@egeskov\.dk;/, ';;') : l)).join('\n'));
}

describe.each(testEngines())('a curious admin and the reminders on $name', (engine) => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await apiFixture(engine);
  });
  afterAll(() => f?.close());

  /** One organisation with the egeskov people and an open round. */
  async function world(slug: string, noEmailFor: string | null = null) {
    const { tenant, admin } = await f.tenantWithAdmin(slug);
    const tenantId = tenant.id;
    await withTenant(f.db, tenantId, (tx) => applyPeopleImport(tx, { fileName: 'p.csv', bytes: peopleFile(noEmailFor) }, { actor: { userId: null, label: 't' }, source: 'cli' }));
    const api = f.as(admin);
    const roundId = (await api.rounds.create({ tenantId, settings: { name: 'Forår', themes: [{ id: 'borgerorientering' }] } })).id;
    await api.rounds.launch({ tenantId, roundId });
    const app = surveyRoutes(f.db, { limiter: new GuessLimiter(f.db, { perClient: 1000, windowMs: 60_000, maxRemembered: 100 }) });
    /** Submits the given forms (by role and subject) of one respondent, through their link. */
    async function finish(personId: string, which: { role: string; subject: string }[]) {
      const r = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).where('person_id', '=', personId).executeTakeFirstOrThrow());
      const headers = { authorization: `Bearer ${personalToken(linkKeyFromEnv(), tenantId, r.link_salt)}`, 'x-spejl-device': 'D'.repeat(43), 'content-type': 'application/json' };
      const survey = (await (await app.request('/survey', { headers })).json()) as { forms: { slot: number; role: string; subjectName: string; themes: { items: unknown[] }[] }[] };
      for (const w of which) {
        const form = survey.forms.find((x) => x.role === w.role && x.subjectName === w.subject)!;
        expect(form, `${personId} has a ${w.role} form about ${w.subject}`).toBeTruthy();
        const n = form.themes.reduce((s, t) => s + t.items.length, 0);
        const put = await app.request(`/forms/${form.slot}`, { method: 'PUT', headers, body: JSON.stringify({ answers: Array(n).fill(3), submit: true }) });
        expect(put.status, await put.clone().text()).toBe(200);
      }
    }
    /** What the round's progress publishes. */
    const progress = async () => {
      const { rates } = await api.rounds.progress({ tenantId, roundId });
      return { overall: rates.overall, respondents: rates.respondents, leaders: rates.leaders.map((l) => ({ id: l.leaderId, direct: l.direct, chain: l.chain })) };
    };
    const preview = (chainOf: string | null) => api.rounds.reminderPreview({ tenantId, roundId, chainOf });
    const mail = () => runTenantMail(f.db, tenantId, { mailer: f.services.mailer, linkKey: linkKeyFromEnv(), publicUrl: PUBLIC_URL });
    const mailsTo = async (address: string) => (await api.outbox.tenant({ tenantId, limit: 1000 })).filter((m) => m.to === address);
    return { tenantId, api, roundId, finish, progress, preview, mail, mailsTo };
  }

  it("the preview's people without an address do not say which of them answered: two organisations alike in their rates get the same", async () => {
    // A: Poul (1008, no e-mail) answers about Mads (1004). B: Karen (1007) does instead.
    const a = await world('leak-a', '1008');
    const b = await world('leak-b', '1008');
    await a.finish('1008', [{ role: 'employee', subject: 'Mads Bæk' }]);
    await b.finish('1007', [{ role: 'employee', subject: 'Mads Bæk' }]);
    expect(await a.progress()).toEqual(await b.progress());
    for (const chainOf of ['1004', '1002', null]) expect(await a.preview(chainOf)).toEqual(await b.preview(chainOf));
    expect(await a.preview('1004')).toEqual({ unfinishedForms: 6, withoutEmail: 1, remindedLately: 0, everyoneRemindedLately: false });
    // Asking is recorded, as sending is.
    const audit = await a.api.tenant.audit({ tenantId: a.tenantId, limit: 50 });
    const asked = audit.filter((x) => x.action === 'round.reminderPreview').map((x) => String((x.details as { chainOf: string | null }).chainOf));
    expect(asked.sort()).toEqual(['1002', '1004', '1004', 'null']);
  });

  it('previews, results and history count forms, not people, so they do not say which of two leaders rated their boss', async () => {
    // Mads (1004) and Lise (1005) rate Ole (1002); Ole and Hanne (1003) rate Birgitte (1001).
    // A: Mads rates Ole (and is done); Hanne rates Birgitte. B: Lise rates Ole; Ole rates Birgitte (and is done).
    const a = await world('dedup-a');
    const b = await world('dedup-b');
    const ole = [{ role: 'self', subject: 'Ole Kjærgaard' }, { role: 'superior', subject: 'Mads Bæk' }, { role: 'superior', subject: 'Sørensen; Lise' }];
    await a.finish('1004', [{ role: 'self', subject: 'Mads Bæk' }, { role: 'employee', subject: 'Ole Kjærgaard' }]);
    await a.finish('1002', ole);
    await a.finish('1003', [{ role: 'employee', subject: 'Birgitte Ravn' }]);
    await b.finish('1004', [{ role: 'self', subject: 'Mads Bæk' }]);
    await b.finish('1005', [{ role: 'employee', subject: 'Ole Kjærgaard' }]);
    await b.finish('1002', [...ole, { role: 'employee', subject: 'Birgitte Ravn' }]);
    expect(await a.progress()).toEqual(await b.progress());
    for (const chainOf of ['1002', '1001', '1004', null]) expect(await a.preview(chainOf)).toEqual(await b.preview(chainOf));
    const sentA = await a.api.rounds.remindNow({ tenantId: a.tenantId, roundId: a.roundId, chainOf: '1002' });
    const sentB = await b.api.rounds.remindNow({ tenantId: b.tenantId, roundId: b.roundId, chainOf: '1002' });
    expect(sentA).toEqual(sentB);
    const history = async (w: typeof a) => (await w.api.rounds.reminderHistory({ tenantId: w.tenantId, roundId: w.roundId })).map(({ ranAt: _r, plannedAt: _p, requestedBy: _b, delivery: _d, ...e }) => e);
    expect(await history(a)).toEqual(await history(b));
    const audit = async (w: typeof a) => (await w.api.tenant.audit({ tenantId: w.tenantId, limit: 50 })).filter((x) => x.action === 'round.remindNow').map((x) => x.details);
    expect(await audit(a)).toEqual(await audit(b));
  });

  it('reminding 1004, 1002, 1001 and everyone within a minute gives Karen one reminder; twenty resends give her one link', async () => {
    const a = await world('bomb');
    const sent = [];
    for (const chainOf of ['1004', '1002', '1001', null]) {
      sent.push(await a.api.rounds.remindNow({ tenantId: a.tenantId, roundId: a.roundId, chainOf }).then(() => 'sent', (e: { cause?: { coded?: { code: string } } }) => e.cause?.coded?.code));
    }
    // 1001's chain is everyone, so there is nobody left for the last.
    expect(sent).toEqual(['sent', 'sent', 'sent', 'round.reminderNobody']);
    await a.mail();
    expect((await a.mailsTo('kda@egeskov.dk')).filter((m) => m.subject.startsWith('Påmindelse'))).toHaveLength(1);

    const refusals: unknown[] = [];
    for (let i = 0; i < 20; i++) await a.api.rounds.resend({ tenantId: a.tenantId, roundId: a.roundId, personId: '1007' }).catch((e: unknown) => refusals.push(e));
    expect(refusals).toHaveLength(19);
    expect(refusals[0]).toMatchObject({ code: 'TOO_MANY_REQUESTS', cause: { coded: { code: 'round.resendTooSoon', params: { personId: '1007', minutes: 10 } } } });
    expect(renderError('round.resendTooSoon', { personId: '1007', minutes: 10 }, 'da')).toBe('Linket er lige sendt igen til 1007. Vent 10 minutter, før du sender det en gang til.');
    await a.mail();
    expect(await a.mailsTo('kda@egeskov.dk')).toHaveLength(1 + 1 + 1); // invitation, one reminder, one resend
    const audit = await a.api.tenant.audit({ tenantId: a.tenantId, limit: 100 });
    expect(audit.filter((x) => x.action === 'round.resend')).toHaveLength(1);
  });

  it("holds against another organisation's admin and a chain that is not one", async () => {
    const a = await world('held-a');
    const other = await world('held-b');
    await expect(other.api.rounds.reminderPreview({ tenantId: other.tenantId, roundId: a.roundId, chainOf: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.api.rounds.remindNow({ tenantId: a.tenantId, roundId: a.roundId, chainOf: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.api.rounds.resend({ tenantId: a.tenantId, roundId: a.roundId, personId: '1007' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.api.rounds.reminderHistory({ tenantId: other.tenantId, roundId: a.roundId })).resolves.toEqual([]);
    await expect(a.api.rounds.remindNow({ tenantId: a.tenantId, roundId: a.roundId, chainOf: '1007' })).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { coded: { code: 'round.reminderChainUnknown' } } });
  });
});
