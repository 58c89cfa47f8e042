import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPeopleImport, GuessLimiter } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { surveyRoutes } from '../src/survey/survey-routes.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

/*
 * Printed letters through the API (issue 17): an admin prints, the PDF is the only place a code is
 * found (read back here with pdftotext), a respondent types it; guessers are throttled with the
 * links' own limiter; another tenant's admin and an analyst print nothing.
 */

process.env.SPEJL_LINK_SECRET = 'api-test-link-secret-0123456789-abcdefghijkl';
const PEOPLE = readFileSync(new URL('./fixtures/egeskov-people.csv', import.meta.url));
const behindProxy = (c: Context) => c.req.header('x-forwarded-for') ?? 'unknown';

/** The codes printed in a PDF, in page order. */
function codesIn(pdfBase64: string): string[] {
  const text = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(pdfBase64, 'base64') }).toString('utf8');
  return [...text.replace(/ /g, '').matchAll(/\b([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})\b/g)].map((m) => m[1]!);
}

describe.each(testEngines())('printed letters through the API on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  let admin: Awaited<ReturnType<ApiFixture['tenantWithAdmin']>>['admin'];
  const routes = () => surveyRoutes(f.db, { limiter: new GuessLimiter(f.db, { perClient: 20, windowMs: 60_000, maxRemembered: 100 }), clientAddress: behindProxy });
  const type = (app: ReturnType<typeof routes>, code: string, address: string) =>
    app.request('/code', { method: 'POST', body: JSON.stringify({ code }), headers: { 'content-type': 'application/json', 'x-forwarded-for': address } });

  beforeAll(async () => {
    f = await apiFixture(engine);
    ({ tenant: { id: tenantId }, admin } = await f.tenantWithAdmin('egeskov-letters'));
    await withTenant(f.db, tenantId, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: PEOPLE }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
    const round = await f.as(admin).rounds.create({ tenantId, settings: { name: 'Forår 2026', themes: [{ id: 'borgerorientering' }] } });
    await f.as(admin).rounds.launch({ tenantId, roundId: round.id });
    roundId = round.id;
    // Two people have no e-mail address at this workplace.
    await withTenant(f.db, tenantId, (tx) => tx.updateTable('round_respondents').set({ email: null }).where('round_id', '=', roundId).where('person_id', 'in', ['1006', '1007']).execute());
  }, 60_000);
  afterAll(() => f?.close());

  it('prints a PDF whose codes open the respondents\' surveys, and audits the print', async () => {
    const recipients = await f.as(admin).letters.recipients({ tenantId, roundId });
    expect(recipients.filter((r) => !r.hasEmail).map((r) => r.personId).sort()).toEqual(['1006', '1007']);
    const printed = await f.as(admin).letters.print({ tenantId, roundId });
    expect(printed.letters).toBe(2);
    const codes = codesIn(printed.contentBase64);
    expect(codes).toHaveLength(2);
    const app = routes();
    const answer = await type(app, codes[0]!.toLowerCase(), '192.0.2.1');
    expect(answer.status).toBe(200);
    const { token } = (await answer.json()) as { token: string };
    const survey = await app.request('/survey', { headers: { authorization: `Bearer ${token}` } });
    expect(survey.status).toBe(200);
    const audit = await f.as(admin).audit.list({ tenantId });
    expect(JSON.stringify(audit)).toContain('round.letters.print');
    expect(JSON.stringify(audit)).not.toContain(codes[0]!.replaceAll('-', ''));
  });

  it('throttles an address that guesses codes, with the same budget as wrong links', async () => {
    const app = routes();
    for (let i = 0; i < 20; i++) expect((await type(app, 'ABCD-EFGH-JKMN', '198.51.100.9')).status).toBe(404);
    const refused = await type(app, 'ABCD-EFGH-JKMN', '198.51.100.9');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Malformed input counts too, and never fails the server.
    for (let i = 0; i < 20; i++) expect((await type(app, 'x'.repeat(i), '198.51.100.10')).status).toBe(404);
    expect((await type(app, 'x', '198.51.100.10')).status).toBe(429);
  });

  it('lets no other tenant\'s admin and no analyst print (which would make new codes and void the letters)', async () => {
    const { tenant: other, admin: otherAdmin } = await f.tenantWithAdmin('valdemar-letters');
    await expect(f.as(otherAdmin).letters.print({ tenantId, roundId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.as(otherAdmin).letters.print({ tenantId: other.id, roundId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const analyst = await f.user('Analyst');
    await f.join(tenantId, analyst, 'analyst');
    await expect(f.as(analyst).letters.print({ tenantId, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(analyst).letters.recipients({ tenantId, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
