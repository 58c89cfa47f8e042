import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPeopleImport, personalToken, linkKeyFromEnv, GuessLimiter } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { surveyRoutes } from '../src/survey/survey-routes.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

process.env.SPEJL_LINK_SECRET = 'api-test-link-secret-0123456789-abcdefghijkl';
const PEOPLE = readFileSync(new URL('./fixtures/egeskov-people.csv', import.meta.url));
const RESPONSES = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi\n';

describe.each(testEngines())('rounds through the API on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['tenantWithAdmin']>>['admin'];
  let roundId: string;
  const api = () => f.as(admin);
  const survey = () => surveyRoutes(f.db, { limiter: new GuessLimiter(f.db, { perClient: 3, windowMs: 60_000, maxRemembered: 100 }) });
  const tokenOf = async (personId: string) => {
    const r = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).where('person_id', '=', personId).executeTakeFirstOrThrow());
    return personalToken(linkKeyFromEnv(), tenantId, r.link_salt);
  };

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('egeskov');
    tenantId = made.tenant.id;
    admin = made.admin;
    await withTenant(f.db, tenantId, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: PEOPLE }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
  });
  afterAll(() => f?.close());

  it('creates and launches a round on the frozen hierarchy', async () => {
    const themes = await api().rounds.themes({ tenantId });
    expect(themes.map((t) => t.id)).toContain('borgerorientering');
    const round = await api().rounds.create({ tenantId, settings: { name: 'Forår 2026', themes: [{ id: 'borgerorientering' }] } });
    roundId = round.id;
    const launched = await api().rounds.launch({ tenantId, roundId });
    expect(launched).toMatchObject({ subjects: 6, respondents: 16, forms: 26 });
    const progress = await api().rounds.progress({ tenantId, roundId });
    expect(progress.rates.overall).toEqual({ finished: 0, total: 26 });
    expect(progress.rates.leaders.find((l) => l.leaderId === '1002')?.chain.total).toBe(15);
  });

  it('answers a form over HTTP, and the rate moves while no answer is visible to the admin', async () => {
    const token = await tokenOf('1006');
    const app = survey();
    const opened = await app.request('/survey?lang=da', { headers: { authorization: `Bearer ${token}` } });
    expect(opened.status).toBe(200);
    const body = (await opened.json()) as { forms: { slot: number; subjectName: string }[] };
    expect(body.forms[0]?.subjectName).toBe('Mads Bæk');
    // The respondent's browser sends its device key (survey/device-key.ts) with every save.
    const put = (answers: unknown[], submit: boolean) =>
      app.request('/forms/0', { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'x-spejl-device': 'B'.repeat(43), 'content-type': 'application/json' }, body: JSON.stringify({ answers, submit }) });
    expect((await put([4, null, null, null], false)).status).toBe(200);
    expect((await put([4, 5, 'dk', 3], true)).status).toBe(200);
    expect(((await put([4, 7, 'dk', 3], true)).status)).toBe(400);
    const progress = await api().rounds.progress({ tenantId, roundId });
    expect(progress.rates.overall.finished).toBe(1);
    expect(JSON.stringify(progress)).not.toMatch(/answers/);
  });

  it('limits link guessing per client address and says why', async () => {
    const app = survey();
    const guess = (ip: string) => app.request('/survey', { headers: { authorization: `Bearer ${'A'.repeat(65)}`, 'x-forwarded-for': ip } });
    for (let i = 0; i < 3; i++) expect((await guess('10.0.0.1')).status).toBe(404);
    const limited = await guess('10.0.0.1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await guess('10.0.0.2')).status).toBe(404);
  });

  it('refuses paper forms while the round is open: a file is imported only into a closed round', async () => {
    const good = RESPONSES + '1004,employee,4,4,4,4\n';
    await expect(api().responses.import({ tenantId, roundId, fileName: 'papir.csv', contentBase64: Buffer.from(good).toString('base64') })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { issues: [expect.objectContaining({ code: 'responses.roundNotClosed' })] },
    });
  });

  it('closes: links answer with a clear message and edits are refused', async () => {
    await api().rounds.close({ tenantId, roundId });
    const token = await tokenOf('1007');
    const app = survey();
    const opened = (await (await app.request('/survey', { headers: { authorization: `Bearer ${token}` } })).json()) as { round: { status: string }; forms: unknown[] };
    expect(opened).toMatchObject({ round: { status: 'closed' }, forms: [] });
    const put = await app.request('/forms/0', { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ answers: [1, 1, 1, 1], submit: true }) });
    expect(put.status).toBe(409);
    const refusal = (await put.json()) as { message: string; status: string; closedAt: string };
    expect(refusal.message).toMatch(/closed .* can no longer be changed/);
    // When it really closed (now, by hand), not the planned date still ahead.
    const closedAt = (await api().rounds.get({ tenantId, roundId })).closedAt;
    expect(refusal).toMatchObject({ status: 'closed', closedAt: closedAt?.toISOString() });
    await expect(api().rounds.extend({ tenantId, roundId, closesAt: new Date(Date.now() + 1e9) })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  // The attack: one employee (1006) answered about 1004 by link; progress told the admin who.
  // The admin closes and types in four forms with known answers, lifting 1004's group to k = 5:
  // 5 · mean − 16 would be 1006's answers exactly. The round has link answers, so no file goes in.
  it('refuses padding a round that has link answers with typed-in forms, and the small group stays suppressed', async () => {
    const padding = RESPONSES + '1004,employee,4,4,4,4\n'.repeat(4);
    await expect(api().responses.import({ tenantId, roundId, fileName: 'papir.csv', contentBase64: Buffer.from(padding).toString('base64') })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { issues: [expect.objectContaining({ code: 'responses.roundHasLinkForms', params: { count: 1 } })] },
    });
    const csv = await api().reports.rollupExport({ tenantId, roundId, format: 'csv' });
    const rows = Buffer.from(csv.contentBase64, 'base64').toString('utf8').trim().split('\n').map((l) => l.split(','));
    const employeeRowsOf1004 = rows.filter((r) => r[0] === '1004' && r[2] === 'employee');
    expect(employeeRowsOf1004.length).toBeGreaterThan(0);
    for (const row of employeeRowsOf1004) expect({ mean: row[8], suppressed: row.at(-1) }).toEqual({ mean: '', suppressed: 'true' });
    const stored = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_forms').select('source').where('round_id', '=', roundId).execute());
    expect(stored.map((r) => r.source)).toEqual(['link']);
  });

  it('imports paper forms all or nothing into a closed round without link answers, listing every bad row', async () => {
    const paper = await api().rounds.create({ tenantId, settings: { name: 'Papir 2026', themes: [{ id: 'borgerorientering' }] } });
    await api().rounds.launch({ tenantId, roundId: paper.id });
    await api().rounds.close({ tenantId, roundId: paper.id });
    const bad = RESPONSES + '1004,employee,4,4,4,4\n1006,employee,4,4,4,4\n1004,boss,4,4,4,4\n';
    await expect(api().responses.import({ tenantId, roundId: paper.id, fileName: 'papir.csv', contentBase64: Buffer.from(bad).toString('base64') })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { issues: [expect.objectContaining({ line: 3, column: 'subject_id' }), expect.objectContaining({ line: 4, column: 'rater_role' })] },
    });
    const good = RESPONSES + '1004,employee,4,4,4,4\n1004,superior,3,3,3,3\n';
    expect(await api().responses.import({ tenantId, roundId: paper.id, fileName: 'papir.csv', contentBase64: Buffer.from(good).toString('base64') })).toMatchObject({ forms: 2 });
  });
});
