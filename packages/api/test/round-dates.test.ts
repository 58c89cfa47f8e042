import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { issuesOf } from '../src/errors.ts';
import { egeskovTenant } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY);
/** A refusal's code and its coded issues (path and code), to show where the console says it. */
const refusal = (e: { code: string; cause: unknown }) => ({ code: e.code, issues: issuesOf(e.cause).map(({ path, code }) => ({ path, code })) });

describe.each(testEngines())("a round's opening and closing dates on $name", (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;
  const api = () => f.as(admin);
  const settings = (opensAt: Date, closesAt: Date) => ({ name: 'Forår 2026', themes: [{ id: 'borgerorientering' }], opensAt, closesAt });

  beforeAll(async () => {
    f = await apiFixture(engine);
    ({ tenantId, admin } = await egeskovTenant(f));
  });
  afterAll(() => f?.close());

  it('refuses a closing date in the past at creation, coded at the closing field in Danish, and creates nothing', async () => {
    const error = await api().rounds.create({ tenantId, settings: settings(later(-10), later(-1)) }).then(() => null, refusal);
    expect(error).toEqual({ code: 'BAD_REQUEST', issues: [{ path: 'closesAt', code: 'round.closesInPast' }] });
    expect(renderError('round.closesInPast', {}, 'da')).toBe('Slutdatoen er allerede passeret. Vælg en slutdato, der ligger senere end nu.');
    expect(await api().rounds.list({ tenantId })).toEqual([]);
  });

  it("moves a draft's dates, with the creation checks: the reminders are planned anew inside them", async () => {
    const round = await api().rounds.create({ tenantId, settings: settings(later(1), later(15)) });
    const texts = round.texts;
    const moved = await api().rounds.update({ tenantId, roundId: round.id, settings: { ...settings(later(2), later(30)), texts } });
    expect(moved).toMatchObject({ status: 'draft', texts });
    expect(new Date(moved.closesAt).getTime()).toBeGreaterThan(later(29).getTime());
    expect(moved.reminders).toHaveLength(2);
    for (const r of moved.reminders) expect(new Date(r.at) > new Date(moved.opensAt) && new Date(r.at) < new Date(moved.closesAt)).toBe(true);

    // A closing date in the past or before the opening is refused as at creation, and nothing changes.
    // (The order of the two dates is checked by the input schema, so its issue is at the input's own path.)
    for (const [bad, path, code] of [[settings(later(-5), later(-1)), 'closesAt', 'round.closesInPast'], [settings(later(5), later(3)), 'settings.closesAt', 'input.invalid']] as const) {
      const error = await api().rounds.update({ tenantId, roundId: round.id, settings: { ...bad, texts } }).then(() => null, refusal);
      expect(error).toEqual({ code: 'BAD_REQUEST', issues: [{ path, code }] });
    }
    expect(await api().rounds.get({ tenantId, roundId: round.id })).toEqual(moved);
    await api().rounds.remove({ tenantId, roundId: round.id });
  });

  it("lets a draft whose closing date passed be rescued by new dates instead of deleted", async () => {
    const round = await api().rounds.create({ tenantId, settings: settings(later(1), later(15)) });
    // As a draft made before creation refused past dates, or left until its date passed.
    await f.db.updateTable('rounds').set({ opens_at: later(-20), closes_at: later(-10), reminders: JSON.stringify([]) }).where('id', '=', round.id).execute();
    await expect(api().rounds.launch({ tenantId, roundId: round.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await api().rounds.update({ tenantId, roundId: round.id, settings: { ...settings(later(-1), later(14)), texts: round.texts } });
    expect(await api().rounds.launch({ tenantId, roundId: round.id })).toMatchObject({ forms: expect.any(Number) });

    // Once launched the dates are frozen: only extending the closing date is left.
    const error = await api().rounds.update({ tenantId, roundId: round.id, settings: { ...settings(later(1), later(40)), texts: round.texts } }).then(() => null, (e: { code: string; cause: { coded: { code: string } } }) => ({ code: e.code, coded: e.cause.coded.code }));
    expect(error).toEqual({ code: 'CONFLICT', coded: 'round.settingsFrozen' });
    expect(new Date((await api().rounds.get({ tenantId, roundId: round.id })).closesAt).getTime()).toBeLessThan(later(15).getTime());
  });

  it("refuses another organisation's admin and an analyst, and changes nothing", async () => {
    const round = await api().rounds.create({ tenantId, settings: settings(later(1), later(15)) });
    const stranger = (await f.tenantWithAdmin('fremmed')).admin;
    const analyst = await f.user('Analytiker');
    await f.join(tenantId, analyst, 'analyst');
    for (const [who, code] of [[stranger, 'NOT_FOUND'], [analyst, 'FORBIDDEN']] as const) {
      await expect(f.as(who).rounds.update({ tenantId, roundId: round.id, settings: settings(later(2), later(60)) })).rejects.toMatchObject({ code });
    }
    expect(await api().rounds.get({ tenantId, roundId: round.id })).toEqual(round);
  });
});
