import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPeopleImport, linkKeyFromEnv, personalToken } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { surveyRoutes } from '../src/survey/survey-routes.ts';
import { egeskovFile } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

/*
 * Issue 11, item 5 (DESIGN.md, Anonymity rule 6): a tenant admin who gets hold of an employee's
 * link (an outbox without SMTP, a letter to print) opens it and must neither see nor change what
 * the employee answered. The employee answers from their own browser; the admin, with the link
 * alone or with a browser of their own, gets the form's state and nothing else.
 */
interface Opened { forms: { slot: number; state: string; answers: unknown[] | null; otherDevice: boolean }[] }

describe.each(testEngines())('a link without the respondent’s browser on $name', (engine) => {
  let f: ApiFixture;
  let token: string;
  const employee = randomBytes(32).toString('base64url');
  const admin = randomBytes(32).toString('base64url');
  const app = () => surveyRoutes(f.db);
  const open = async (device?: string) => {
    const response = await app().request('/survey', { headers: { authorization: `Bearer ${token}`, ...(device ? { 'x-spejl-device': device } : {}) } });
    expect(response.status).toBe(200);
    return (await response.json()) as Opened;
  };
  const save = (answers: unknown[], submit: boolean, device?: string) =>
    app().request('/forms/0', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(device ? { 'x-spejl-device': device } : {}) },
      body: JSON.stringify({ answers, submit }),
    });

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('device');
    const tenantId = made.tenant.id;
    await withTenant(f.db, tenantId, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: egeskovFile('egeskov-people.csv') }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
    const round = await f.as(made.admin).rounds.create({ tenantId, settings: { name: 'Enhed', themes: [{ id: 'borgerorientering' }] } });
    await f.as(made.admin).rounds.launch({ tenantId, roundId: round.id });
    const salt = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', round.id).where('person_id', '=', '1008').executeTakeFirstOrThrow());
    token = personalToken(linkKeyFromEnv(), tenantId, salt.link_salt);
    // Poul Møller answers about his leader from his own browser and sends it.
    expect((await save([2, 'dk', 4, 1], true, employee)).status).toBe(200);
  });
  afterAll(() => f?.close());

  it('shows the employee’s own browser their answers', async () => {
    expect((await open(employee)).forms[0]).toMatchObject({ state: 'submitted', answers: [2, 'dk', 4, 1], otherDevice: false });
  });

  it('shows the link alone, or another browser, that the form was sent — and no answer', async () => {
    for (const device of [undefined, admin, 'not-a-device-key']) {
      const seen = await open(device);
      expect(seen.forms[0]).toMatchObject({ state: 'submitted', answers: null, otherDevice: true });
    }
  });

  it('refuses a change from another browser or from the link alone, and keeps the answers sent', async () => {
    const other = await save([5, 5, 5, 5], true, admin);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { message: string }).message).toMatch(/another device/);
    const bare = await save([5, 5, 5, 5], true);
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as { message: string }).message).toMatch(/no device key/);
    expect((await open(employee)).forms[0]?.answers).toEqual([2, 'dk', 4, 1]);
  });

  it('answers an unknown link with 404 whether or not a device key came with it', async () => {
    const unknown = await app().request('/forms/0', { method: 'PUT', headers: { authorization: `Bearer ${'A'.repeat(65)}`, 'content-type': 'application/json' }, body: JSON.stringify({ answers: [1, 1, 1, 1], submit: true }) });
    expect(unknown.status).toBe(404);
  });
});
