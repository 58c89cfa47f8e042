import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPeopleImport, GuessLimiter, linkKeyFromEnv, personalToken, type GuessLimits } from '@spejl/core';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { surveyRoutes } from '../src/survey/survey-routes.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

/*
 * The two attacks on the survey link limiter (issue 11, item 7): tokens whose tenant part is no
 * RFC 4122 uuid answered 500 and went uncounted, and 50 addresses × 20 wrong links spent a budget
 * shared by everyone, locking every respondent out. The routes here sit behind a trusted proxy:
 * the client address is the last X-Forwarded-For hop, as the server reads it with TRUST_PROXY.
 */

process.env.SPEJL_LINK_SECRET = 'api-test-link-secret-0123456789-abcdefghijkl';
const PEOPLE = readFileSync(new URL('./fixtures/egeskov-people.csv', import.meta.url));
const LIMITS: GuessLimits = { perClient: 20, windowMs: 60_000, maxRemembered: 1000 };

const behindProxy = (c: Context) => c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() ?? 'unknown';

/** A token whose tenant part is these 16 bytes and whose secret is random. */
function tokenWithTenant(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64url') + randomBytes(32).toString('base64url');
}

/** Tenant parts that are no RFC 4122 uuid (version nibble, variant bits), nil and max, and random bytes. */
const MALFORMED_TENANTS = [
  '0123456789ab0def8123456789abcdef', // version 0
  '0123456789ab9def8123456789abcdef', // version 9
  '0123456789abfdef8123456789abcdef', // version 15
  '0123456789ab4def0123456789abcdef', // variant 0xxx (NCS)
  '0123456789ab4def7123456789abcdef',
  '0123456789ab4defc123456789abcdef', // variant 110x (Microsoft)
  '0123456789ab4defe123456789abcdef', // variant 111x (reserved)
  '00000000000000000000000000000000', // nil
  'ffffffffffffffffffffffffffffffff', // max
  '0123456789ab7def8123456789abcdef', // a well-formed v7 no tenant has
];

describe.each(testEngines())('survey link guessing on $name', (engine) => {
  let f: ApiFixture;
  let token: string;
  const app = (limits: Partial<GuessLimits> = {}, now?: () => number) =>
    surveyRoutes(f.db, { limiter: new GuessLimiter(f.db, { ...LIMITS, ...limits }, now), clientAddress: behindProxy });
  const open = (routes: ReturnType<typeof app>, link: string, address: string) =>
    routes.request('/survey', { headers: { authorization: `Bearer ${link}`, 'x-forwarded-for': `203.0.113.250, ${address}` } });
  const save = (routes: ReturnType<typeof app>, link: string, address: string) =>
    routes.request('/forms/0', {
      method: 'PUT', body: JSON.stringify({ answers: [4, null, null, null], submit: false }),
      headers: { authorization: `Bearer ${link}`, 'content-type': 'application/json', 'x-forwarded-for': address, 'x-spejl-device': device },
    });
  const device = randomBytes(32).toString('base64url');
  /** A well-formed link (a version 4 tenant part) that does not exist. */
  const wrong = () => {
    const hex = randomBytes(16).toString('hex');
    return tokenWithTenant(`${hex.slice(0, 12)}4${hex.slice(13, 16)}a${hex.slice(17)}`);
  };

  beforeAll(async () => {
    f = await apiFixture(engine);
    const { tenant, admin } = await f.tenantWithAdmin('egeskov');
    await withTenant(f.db, tenant.id, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: PEOPLE }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
    const round = await f.as(admin).rounds.create({ tenantId: tenant.id, settings: { name: 'Forår 2026', themes: [{ id: 'borgerorientering' }] } });
    await f.as(admin).rounds.launch({ tenantId: tenant.id, roundId: round.id });
    const r = await withTenant(f.db, tenant.id, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', round.id).where('person_id', '=', '1006').executeTakeFirstOrThrow());
    token = personalToken(linkKeyFromEnv(), tenant.id, r.link_salt);
  }, 60_000);
  afterAll(() => f?.close());

  it('answers every malformed token with 404 and counts it as a wrong guess', async () => {
    const routes = app();
    const address = '192.0.2.10';
    const tokens = [
      ...MALFORMED_TENANTS.map(tokenWithTenant),
      '', 'A'.repeat(64), 'A'.repeat(66), `${'A'.repeat(64)}!`, `${token.slice(0, 64)}=`,
    ];
    const statuses: number[] = [];
    for (const link of tokens) statuses.push((await open(routes, link, address)).status);
    for (const link of tokens.slice(0, LIMITS.perClient - tokens.length)) statuses.push((await save(routes, link, address)).status);
    expect(statuses).toHaveLength(LIMITS.perClient);
    expect(statuses.every((s) => s === 404), `statuses ${statuses.join(',')}`).toBe(true);
    const limited = await open(routes, token, address);
    expect(limited.status, 'the 21st request after 20 malformed tokens').toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets 50 addresses × 20 wrong links lock out only themselves, never a respondent elsewhere', async () => {
    const routes = app();
    for (let a = 1; a <= 50; a++) {
      const statuses = await Promise.all(Array.from({ length: 20 }, async () => (await open(routes, wrong(), `198.51.100.${a}`)).status));
      expect(statuses.filter((s) => s !== 404), `address ${a}`).toEqual([]);
    }
    expect((await open(routes, wrong(), '198.51.100.7')).status, 'an attacking address past its 20').toBe(429);
    expect((await open(routes, token, '198.51.100.200')).status, 'a fresh address with a valid link').toBe(200);
    expect((await save(routes, token, '2001:db8:ffff:1::5')).status).toBe(200);
  }, 120_000);

  it('counts a whole IPv6 /64 as one client, and an IPv4 address written as IPv6 as that address', async () => {
    const routes = app();
    const rotating = (i: number) => `2001:db8:aa:bb:${randomBytes(2).toString('hex')}:${i.toString(16)}:${randomBytes(2).toString('hex')}:1`;
    for (let i = 0; i < 19; i++) expect((await open(routes, wrong(), rotating(i))).status).toBe(404);
    expect((await open(routes, wrong(), '2001:DB8:AA:BB::1')).status, 'the 20th, in another notation').toBe(404);
    expect((await open(routes, token, rotating(99))).status, 'the same /64 from yet another address').toBe(429);
    expect((await open(routes, token, '2001:db8:aa:bc::1')).status, 'the neighbouring /64').toBe(200);

    for (let i = 0; i < 20; i++) expect((await open(routes, wrong(), i % 2 ? '192.0.2.77' : '::ffff:192.0.2.77')).status).toBe(404);
    expect((await open(routes, token, '::ffff:c000:24d')).status).toBe(429);
  });

  it('shares the count between two app instances over one database', async () => {
    const [a, b] = [app(), app()];
    const address = '192.0.2.200';
    for (let i = 0; i < 10; i++) {
      expect((await open(a, wrong(), address)).status).toBe(404);
      expect((await open(b, wrong(), address)).status).toBe(404);
    }
    expect((await open(b, wrong(), address)).status, 'the instance that counted the 20th').toBe(429);
    expect((await open(a, wrong(), address)).status, 'the other instance, at its next wrong link').toBe(429);
    expect((await open(a, token, address)).status).toBe(429);
  });

  it('answers a valid link without asking the database about the limit', async () => {
    const untouchable = new Proxy({}, { get: () => { throw new Error('the limiter used the database on a valid link'); } }) as Kysely<Database>;
    const routes = surveyRoutes(f.db, { limiter: new GuessLimiter(untouchable), clientAddress: behindProxy });
    expect((await open(routes, token, '192.0.2.150')).status).toBe(200);
    expect((await save(routes, token, '192.0.2.150')).status).toBe(200);
  });

  it('starts a new window after one has passed, prunes old rows, and remembers a bounded number of blocked clients', async () => {
    let now = Date.now() + 3_600_000;
    const limiter = new GuessLimiter(f.db, { perClient: 1, windowMs: 60_000, maxRemembered: 3 }, () => now);
    const routes = surveyRoutes(f.db, { limiter, clientAddress: behindProxy });
    const addresses = Array.from({ length: 8 }, (_, i) => `192.0.2.${160 + i}`);
    for (const address of addresses) expect((await open(routes, wrong(), address)).status).toBe(404);
    expect(limiter.remembered).toBeLessThanOrEqual(3);
    // Forgotten by this process, still counted in the database: every one of them is refused.
    for (const address of addresses) expect((await open(routes, wrong(), address)).status, address).toBe(429);

    now += 61_000;
    expect((await open(routes, wrong(), addresses[0]!)).status, 'a new window').toBe(404);
    const rows = await f.db.selectFrom('survey_link_guesses').select('window_started').execute();
    expect(rows.every((r) => new Date(r.window_started).getTime() > now - 60_000), 'rows of ended windows are pruned').toBe(true);
  });
});
