import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { newDeviceKey, openSurvey, OtherDeviceError, personalToken, RoundClosedError, saveSurveyForm, type Answer } from '../../src/survey/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

/** The respondent's browser (its device key), and another browser that has only the link. */
const DEVICE = newDeviceKey();
const OTHER = newDeviceKey();

describe.each(testEngines())('answering a survey on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  const tokenOf = async (personId: string) => {
    const r = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).where('person_id', '=', personId).executeTakeFirstOrThrow());
    return personalToken(TEST_LINK_KEY, tenantId, r.link_salt);
  };
  const count = (where: { role?: string; submitted?: boolean } = {}) =>
    withTenant(handle.db, tenantId, async (tx) => {
      let q = tx.selectFrom('round_forms').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', roundId);
      if (where.role) q = q.where('role', '=', where.role as 'employee');
      if (where.submitted !== undefined) q = q.where('submitted', '=', where.submitted);
      return Number((await q.executeTakeFirstOrThrow()).n);
    });

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'egeskov', name: 'Egeskov', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Forår', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY });
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('shows a leader their forms: employee about their own leader, self, superior about each direct-report leader', async () => {
    const content = await openSurvey(handle.db, await tokenOf('1002'), 'da');
    expect(content.forms.map((f) => [f.role, f.subjectName, f.state])).toEqual([
      ['employee', 'Birgitte Ravn', 'new'],
      ['self', 'Ole Kjærgaard', 'new'],
      ['superior', 'Mads Bæk', 'new'],
      ['superior', 'Sørensen; Lise', 'new'],
    ]);
    expect(content.forms[0]?.themes[0]?.intro).toContain('elever, forældre og ældre');
    expect(content.forms[1]?.themes[0]?.items[0]?.text).toBe('Jeg kultur');
    const english = await openSurvey(handle.db, await tokenOf('1002'), 'en');
    expect(english.forms[0]?.themes[0]?.title).toBe('Citizen orientation');
  });

  it("shows the organisation's name, logo, colour and time zone, but never a colour white text cannot be read on", async () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const brand = (branding: object) => handle.db.updateTable('tenants').set({ branding: JSON.stringify(branding) }).where('id', '=', tenantId).execute();
    await brand({ primaryColor: '#1f6f4a', logoDataUrl: logo });
    expect((await openSurvey(handle.db, await tokenOf('1002'), 'da')).organisation).toEqual({ name: 'Egeskov', colour: '#1f6f4a', logo, timeZone: 'Europe/Copenhagen' });
    await brand({ primaryColor: '#ffe066' }); // 1.3:1 with white, stored before the server refused such colours
    expect((await openSurvey(handle.db, await tokenOf('1002'), 'da')).organisation).toEqual({ name: 'Egeskov', colour: null, logo: null, timeZone: 'Europe/Copenhagen' });
    await handle.db.updateTable('tenants').set({ time_zone: 'America/New_York' }).where('id', '=', tenantId).execute();
    expect((await openSurvey(handle.db, await tokenOf('1002'), 'da')).organisation.timeZone).toBe('America/New_York');
    await handle.db.updateTable('tenants').set({ time_zone: 'Europe/Copenhagen' }).where('id', '=', tenantId).execute();
    await brand({});
  });

  it('saves part of a form, shows it again on return, and counts it only once submitted', async () => {
    const token = await tokenOf('1006');
    const partial: Answer[] = [4, null, 'dk', null];
    expect(await saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: partial, submit: false })).toEqual({ slot: 0, submitted: false, comments: {} });
    let back = await openSurvey(handle.db, token, undefined, DEVICE);
    expect(back.forms[0]).toMatchObject({ state: 'saved', answers: partial });
    await saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: [4, 3, 'dk', 5], submit: true });
    back = await openSurvey(handle.db, token, undefined, DEVICE);
    expect(back.forms[0]).toMatchObject({ state: 'submitted', answers: [4, 3, 'dk', 5] });
    const progress = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_assignments').select('finished_at').where('round_id', '=', roundId).where('person_id', '=', '1006').executeTakeFirstOrThrow());
    expect(progress.finished_at).not.toBeNull();
    // Changing answers later keeps the one form, still submitted.
    await saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: [5, 3, 'dk', 5], submit: false });
    expect((await openSurvey(handle.db, token, undefined, DEVICE)).forms[0]).toMatchObject({ state: 'submitted', answers: [5, 3, 'dk', 5] });
  });

  it('shows a sent form to the link alone (an admin holding a letter) as sent, with no answers, and refuses its changes', async () => {
    const token = await tokenOf('1006');
    for (const device of [null, OTHER]) {
      const seen = await openSurvey(handle.db, token, 'da', device);
      expect(seen.forms[0]).toMatchObject({ state: 'submitted', answers: null, otherDevice: true });
      expect(JSON.stringify(seen)).not.toContain('"dk"');
    }
    const overwrite = saveSurveyForm(handle.db, token, OTHER, { slot: 0, answers: [1, 1, 1, 1], submit: true });
    await expect(overwrite).rejects.toBeInstanceOf(OtherDeviceError);
    await expect(overwrite).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    // The respondent's own browser still finds the answers it sent, unchanged.
    expect((await openSurvey(handle.db, token, undefined, DEVICE)).forms[0]).toMatchObject({ answers: [5, 3, 'dk', 5], otherDevice: false });
    // A form nobody has saved yet can be started from any browser, and is then that browser's.
    const fresh = await tokenOf('1010');
    expect((await openSurvey(handle.db, fresh, undefined, null)).forms[0]).toMatchObject({ state: 'new', otherDevice: false });
    await saveSurveyForm(handle.db, fresh, OTHER, { slot: 0, answers: [2, null, null, null], submit: false });
    expect((await openSurvey(handle.db, fresh, undefined, OTHER)).forms[0]).toMatchObject({ state: 'saved', answers: [2, null, null, null] });
    expect((await openSurvey(handle.db, fresh, undefined, DEVICE)).forms[0]).toMatchObject({ state: 'saved', answers: null, otherDevice: true });
    await expect(saveSurveyForm(handle.db, fresh, DEVICE, { slot: 0, answers: [5, 5, 5, 5], submit: true })).rejects.toBeInstanceOf(OtherDeviceError);
    // A refused save marks nothing finished.
    const progress = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_assignments').select('finished_at').where('round_id', '=', roundId).where('person_id', '=', '1010').executeTakeFirstOrThrow());
    expect(progress.finished_at).toBeNull();
  });

  it('leaves exactly one form after many parallel submissions of the same form', async () => {
    const before = await count({ role: 'employee' });
    const token = await tokenOf('1007');
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: [1 + (i % 5), 2, 3, 4] as Answer[], submit: true })));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await count({ role: 'employee' })).toBe(before + 1);
  });

  it('refuses a wrong number of answers, an unknown form and an unknown link', async () => {
    const token = await tokenOf('1008');
    await expect(saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: [1, 2], submit: true })).rejects.toMatchObject({ kind: 'BAD_INPUT' });
    await expect(saveSurveyForm(handle.db, token, DEVICE, { slot: 7, answers: [1, 2, 3, 4], submit: true })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    const forged = token.slice(0, 30) + (token[30] === 'A' ? 'B' : 'A') + token.slice(31);
    await expect(openSurvey(handle.db, forged, undefined)).rejects.toMatchObject({ kind: 'NOT_FOUND', message: expect.stringContaining('not valid') });
    await expect(openSurvey(handle.db, 'short', undefined)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('stops the links at close: nothing shown, edits refused with a clear message', async () => {
    const token = await tokenOf('1009');
    await saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: [3, 3, 3, 3], submit: true });
    // Closed by hand well before its planned date: both the link and a late save tell the real date.
    const closedAt = new Date(Date.now() - 60_000);
    await withTenant(handle.db, tenantId, (tx) => closeRound(tx, roundId, closedAt));
    const closed = await openSurvey(handle.db, token, undefined, DEVICE);
    expect(closed.round.status).toBe('closed');
    expect(closed.round.closesAt).toBe(closedAt.toISOString());
    expect(closed.forms).toEqual([]);
    const late = saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: [1, 1, 1, 1], submit: true });
    await expect(late).rejects.toBeInstanceOf(RoundClosedError);
    await expect(late).rejects.toMatchObject({ kind: 'CONFLICT', status: 'closed', closedAt, message: expect.stringContaining('can no longer be changed') });
  });
});
