import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkKeyFromEnv, linkSecret, newDeviceKey, renderError, submitForm, type UserSummary } from '@spejl/core';
import { withTenant, type MemberRole } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closedEgeskovRound, member as memberOf } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

const DAY = 86_400_000;
const refusal = (code: string) => ({ cause: { coded: { code } } });

/*
 * Issue 15: a pulse asks a few statements of a closed round's team again and reports the change.
 * Egeskov: Mads Bæk (1004) has five employees (the threshold is 5), Lise Sørensen (1005) two; the
 * main round's five employee forms about Mads gave "kultur" 4, 5, 3, 4, 5 (mean 4.2).
 */
describe.each(testEngines())('pulses: who starts them, whom they ask, what they show, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  let pulseId: string;
  const users: Record<string, UserSummary> = {};
  const as = (who: string) => f.as(users[who]!).pulses;
  const member = (name: string, role: MemberRole, personId: string | null) => memberOf(f, tenantId, name, role, personId);
  const request = (over: Record<string, unknown> = {}) => ({
    parentRoundId: roundId, leaderIds: ['1004'], items: [{ theme: 'borgerorientering', item: 'kultur' }], closesAt: new Date(Date.now() + 10 * DAY), ...over,
  });

  /** Every asked employee answers `answer` to each statement, through the survey's own submit. */
  async function answerAll(roundOf: string, answer: 1 | 2 | 3 | 4 | 5): Promise<number> {
    const key = linkKeyFromEnv();
    return withTenant(f.db, tenantId, async (tx) => {
      const rows = await tx.selectFrom('round_respondents').select(['link_salt']).where('round_id', '=', roundOf).execute();
      const items = (await tx.selectFrom('rounds').select('items').where('id', '=', roundOf).executeTakeFirstOrThrow()).items.length;
      for (const r of rows) await submitForm(tx, tenantId, linkSecret(key, r.link_salt), newDeviceKey(), { slot: 0, answers: Array.from({ length: items }, () => answer), submit: true });
      return rows.length;
    });
  }

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('egeskov');
    tenantId = made.tenant.id;
    users.admin = made.admin;
    users.analyst = await member('Analyst', 'analyst', null);
    users.ole = await member('Ole', 'leader', '1002');
    users.mads = await member('Mads', 'leader', '1004');
    users.lise = await member('Lise', 'leader', '1005');
    users.stranger = (await f.tenantWithAdmin('naboby')).admin;
    roundId = await closedEgeskovRound(f, users.admin, tenantId);
  });
  afterAll(() => f?.close());

  it('previews a leader\'s own pulse: their five employees of the round, the statement as employees read it', async () => {
    const preview = await as('mads').preview({ tenantId, request: request() });
    expect(preview).toMatchObject({ threshold: 5, respondents: 5, teams: [{ leaderId: '1004', name: 'Mads Bæk', size: 5 }], name: 'Puls: Ledelsesevaluering 2026' });
    expect(preview.items).toEqual([expect.objectContaining({ themeId: 'borgerorientering', itemId: 'kultur', label: { da: 'Kultur', en: 'Culture' } })]);
  });

  it('refuses a leader another leader\'s team, an analyst, another tenant\'s admin and a team below the threshold', async () => {
    await expect(as('mads').start({ tenantId, request: request({ leaderIds: ['1005'] }) })).rejects.toMatchObject({ code: 'FORBIDDEN', ...refusal('pulse.onlyOwnTeam') });
    await expect(as('mads').start({ tenantId, request: request({ leaderIds: null }) })).rejects.toMatchObject({ code: 'FORBIDDEN', ...refusal('pulse.onlyOwnTeam') });
    await expect(as('ole').start({ tenantId, request: request() })).rejects.toMatchObject({ code: 'FORBIDDEN', ...refusal('pulse.onlyOwnTeam') });
    await expect(as('analyst').start({ tenantId, request: request() })).rejects.toMatchObject({ code: 'FORBIDDEN', ...refusal('pulse.onlyLeaderOrAdmin') });
    await expect(as('stranger').start({ tenantId, request: request() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const small = as('lise').start({ tenantId, request: request({ leaderIds: ['1005'] }) });
    await expect(small).rejects.toMatchObject({ code: 'BAD_REQUEST', ...refusal('pulse.teamTooSmall') });
    expect(renderError('pulse.teamTooSmall', { leader: 'Sørensen; Lise', count: 2, k: 5 }, 'da')).toContain('færre end anonymitetsgrænsen på 5');
    // An admin naming the small team is refused too; no round was made by any of these.
    await expect(as('admin').start({ tenantId, request: request({ leaderIds: ['1004', '1005'] }) })).rejects.toMatchObject({ code: 'BAD_REQUEST', ...refusal('pulse.teamTooSmall') });
    const rounds = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('rounds').select('id').execute());
    expect(rounds).toHaveLength(1);
  });

  it('refuses forged input: a statement the round did not ask, an open or unknown main round, a window too long', async () => {
    await expect(as('mads').start({ tenantId, request: request({ items: [{ theme: 'borgerorientering', item: 'nope' }] }) })).rejects.toMatchObject(refusal('pulse.itemNotInRound'));
    await expect(as('mads').start({ tenantId, request: request({ parentRoundId: '00000000-0000-4000-8000-000000000000' }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as('mads').start({ tenantId, request: request({ closesAt: new Date(Date.now() + 60 * DAY) }) })).rejects.toMatchObject(refusal('pulse.tooLong'));
    // A round past its retention period has no names or addresses left to ask.
    const erase = (at: Date | null) => withTenant(f.db, tenantId, (tx) => tx.updateTable('rounds').set({ personal_data_erased_at: at }).where('id', '=', roundId).execute());
    await erase(new Date());
    await expect(as('mads').start({ tenantId, request: request() })).rejects.toMatchObject({ code: 'CONFLICT', ...refusal('pulse.parentErased') });
    await erase(null);
  });

  it('starts the leader\'s pulse on the round\'s frozen team, once; staff list it, the rounds list does not', async () => {
    const started = await as('mads').start({ tenantId, request: request() });
    pulseId = started.roundId;
    expect(started).toMatchObject({ respondents: 5, forms: 5 });
    await expect(as('mads').start({ tenantId, request: request() })).rejects.toMatchObject({ code: 'CONFLICT', ...refusal('pulse.alreadyRunning') });
    const asked = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_assignments').select(['person_id', 'subject_id', 'role']).where('round_id', '=', pulseId).orderBy('person_id').execute());
    expect(asked).toEqual(['1006', '1007', '1008', '1009', '1010'].map((id) => ({ person_id: id, subject_id: '1004', role: 'employee' })));
    expect((await as('admin').list({ tenantId, parentRoundId: roundId })).map((p) => p.roundId)).toEqual([pulseId]);
    expect((await as('mads').mine({ tenantId, parentRoundId: roundId }))[0]).toMatchObject({ roundId: pulseId, startedAs: 'leader', status: 'open' });
    expect(await as('lise').mine({ tenantId, parentRoundId: roundId })).toEqual([]);
    await expect(as('mads').list({ tenantId, parentRoundId: roundId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await f.as(users.admin!).rounds.list({ tenantId })).map((r) => r.id)).toEqual([roundId]);
    const audit = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('audit_log').select(['action', 'target']).where('action', '=', 'pulse.start').execute());
    expect(audit).toEqual([{ action: 'pulse.start', target: pulseId }]);
  });

  it('shows no mean while the pulse runs, then the change against the main round once closed', async () => {
    expect(await as('mads').result({ tenantId, pulseRoundId: pulseId })).toMatchObject({ rows: null, leaderId: '1004' });
    expect(await answerAll(pulseId, 5)).toBe(5);
    await f.as(users.admin!).rounds.close({ tenantId, roundId: pulseId });
    const result = await as('mads').result({ tenantId, pulseRoundId: pulseId });
    expect(result.rows).toEqual([expect.objectContaining({ themeId: 'borgerorientering', itemId: 'kultur', main: { mean: 4.2, n: 5 }, pulse: { mean: 5, n: 5 }, reason: 'shown' })]);
    expect(result.rows![0]!.change).toBeCloseTo(0.8, 10);
    expect((await as('admin').result({ tenantId, pulseRoundId: pulseId, leaderId: '1004' })).rows).toHaveLength(1);
  });

  it('keeps a team\'s pulse from other leaders, its superior included, and from other tenants', async () => {
    await expect(as('ole').result({ tenantId, pulseRoundId: pulseId, leaderId: '1004' })).rejects.toMatchObject({ code: 'NOT_FOUND', ...refusal('pulse.notFound') });
    await expect(as('lise').result({ tenantId, pulseRoundId: pulseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as('mads').result({ tenantId, pulseRoundId: pulseId, leaderId: '1005' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as('stranger').result({ tenantId, pulseRoundId: pulseId, leaderId: '1004' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const own = await f.tenantWithAdmin('tredje');
    await expect(f.as(own.admin).pulses.result({ tenantId: own.tenant.id, pulseRoundId: pulseId, leaderId: '1004' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets an admin ask every team large enough, and refuses a pulse of a pulse', async () => {
    const started = await as('admin').start({ tenantId, request: request({ leaderIds: null, items: [{ theme: 'borgerorientering', item: 'balance' }, { theme: 'borgerorientering', item: 'kultur' }] }) });
    expect(started.teams.map((t) => t.leaderId)).toEqual(['1004']);
    expect(started.items.map((i) => i.itemId)).toEqual(['kultur', 'balance']);
    await expect(as('admin').start({ tenantId, request: request({ parentRoundId: pulseId }) })).rejects.toMatchObject(refusal('pulse.parentIsPulse'));
    // Four of the five answer: below k, so neither the pulse's mean nor any change is shown, to the leader as to the admin.
    await withTenant(f.db, tenantId, async (tx) => {
      const key = linkKeyFromEnv();
      const rows = await tx.selectFrom('round_respondents').select(['link_salt']).where('round_id', '=', started.roundId).orderBy('person_id').execute();
      for (const r of rows.slice(1)) await submitForm(tx, tenantId, linkSecret(key, r.link_salt), newDeviceKey(), { slot: 0, answers: [5, 5], submit: true });
    });
    await f.as(users.admin!).rounds.close({ tenantId, roundId: started.roundId });
    const result = await as('mads').result({ tenantId, pulseRoundId: started.roundId });
    expect(result.rows!.map((r) => [r.itemId, r.pulse, r.change, r.reason])).toEqual([['kultur', null, null, 'not-published'], ['balance', null, null, 'not-published']]);
    expect(result.rows!.every((r) => r.main === null)).toBe(true);
  });
});
