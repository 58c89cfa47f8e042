import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@spejl/db';
import { chromiumAvailable, openBrowser, seriousViolations, settle, signIn, startSpejl, type BrowserSession, type RunningSpejl } from './harness.ts';

/*
 * axe-core (WCAG 2.1 A and AA) on every page of the console, as the person each page is for sees
 * it. The list of pages is checked against the router, so a new page without a check here fails.
 */

const ROUTER = resolve(import.meta.dirname, '../../apps/admin/src/router.ts');
// Route names that are not pages of their own: a redirect.
const NOT_PAGES = new Set(['home']);

type Who = 'public' | 'admin' | 'operator' | 'leader';
interface PageVisit { readonly route: string; readonly who: Who; readonly path: (ids: Ids) => string }
interface Ids { roundId: string; tenantId: string; leaderId: string; chainLeaderId: string }

const PAGES: readonly PageVisit[] = [
  { route: 'login', who: 'public', path: () => '/login' },
  { route: 'forgot-password', who: 'public', path: () => '/forgot-password' },
  { route: 'reset-password', who: 'public', path: () => '/reset-password?token=not-a-real-token' },
  { route: 'invite', who: 'public', path: () => '/invite?token=not-a-real-token' },
  { route: 'overview', who: 'admin', path: () => '/overview' },
  { route: 'settings', who: 'admin', path: () => '/settings' },
  { route: 'members', who: 'admin', path: () => '/members' },
  { route: 'outbox', who: 'admin', path: () => '/outbox' },
  { route: 'themes', who: 'admin', path: () => '/themes' },
  { route: 'themes-framing', who: 'admin', path: () => '/themes/framing' },
  { route: 'themes-local', who: 'admin', path: () => '/themes/local' },
  { route: 'theme-preview', who: 'admin', path: () => '/themes/borgerorientering' },
  { route: 'people', who: 'admin', path: () => '/people' },
  { route: 'people-import', who: 'admin', path: () => '/people/import' },
  { route: 'rounds', who: 'admin', path: () => '/rounds' },
  { route: 'round', who: 'admin', path: ({ roundId }) => `/rounds/${roundId}` },
  { route: 'round-preview', who: 'admin', path: ({ roundId, tenantId }) => `/rounds/${roundId}/preview?tenant=${tenantId}` },
  { route: 'results', who: 'admin', path: () => '/results' },
  { route: 'results-round', who: 'admin', path: ({ roundId }) => `/results/${roundId}` },
  { route: 'report', who: 'admin', path: ({ roundId, chainLeaderId }) => `/results/${roundId}/chain/${chainLeaderId}` },
  { route: 'report-settings', who: 'admin', path: () => '/report-settings' },
  { route: 'not-found', who: 'admin', path: () => '/no-such-page' },
  { route: 'tenants', who: 'operator', path: () => '/tenants' },
  { route: 'tenant-new', who: 'operator', path: () => '/tenants/new' },
  { route: 'tenant-edit', who: 'operator', path: ({ tenantId }) => `/tenants/${tenantId}` },
  { route: 'sector-benchmark', who: 'operator', path: () => '/benchmark' },
  { route: 'benchmark', who: 'operator', path: ({ roundId }) => `/results/${roundId}/benchmark` },
  { route: 'my-reports', who: 'leader', path: () => '/my-reports' },
  { route: 'report', who: 'leader', path: ({ roundId, leaderId }) => `/results/${roundId}/leader/${leaderId}` },
];

describe('every console page is in the accessibility check', () => {
  it('lists each route of the router', () => {
    const named = [...readFileSync(ROUTER, 'utf8').matchAll(/\bname: '([^']+)'/g)].map((m) => m[1]!).filter((n) => !NOT_PAGES.has(n));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((n) => !PAGES.some((p) => p.route === n)), 'routes without an axe check').toEqual([]);
  });
});

describe.skipIf(!chromiumAvailable)('axe on every console page, as its reader sees it', () => {
  let spejl: RunningSpejl;
  let session: BrowserSession;
  const ids: Ids = { roundId: '', tenantId: '', leaderId: '', chainLeaderId: '' };

  beforeAll(async () => {
    spejl = await startSpejl();
    session = await openBrowser();
    ids.tenantId = spejl.demoTenant.id;
    await withTenant(spejl.db, ids.tenantId, async (tx) => {
      ids.roundId = (await tx.selectFrom('rounds').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow()).id;
      const top = await tx.selectFrom('round_people').select('person_id').where('round_id', '=', ids.roundId).where('manager_id', 'is', null).executeTakeFirstOrThrow();
      ids.chainLeaderId = top.person_id;
      const leader = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.person_id').where('user.email', '=', spejl.leader.email).executeTakeFirstOrThrow();
      ids.leaderId = leader.person_id!;
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  async function check(who: Who): Promise<Record<string, string[]>> {
    const { page } = session;
    const found: Record<string, string[]> = {};
    for (const visit of PAGES.filter((p) => p.who === who)) {
      const path = visit.path(ids);
      await page.goto(`${spejl.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await settle(page);
      const violations = seriousViolations(await session.axe());
      if (violations.length) found[path] = violations;
      await session.screenshot(`axe-${who}-${visit.route}`);
    }
    return found;
  }

  async function signOut(): Promise<void> {
    await session.browser.clearCookies();
    await session.page.evaluate(() => localStorage.clear());
  }

  it('the pages before signing in', async () => {
    expect(await check('public')).toEqual({});
  });

  it("the tenant admin's pages", async () => {
    await signIn(session.page, spejl.url, spejl.admin);
    expect(await check('admin')).toEqual({});
    await signOut();
  });

  it("the operator's pages, working in the demo organisation", async () => {
    await signIn(session.page, spejl.url, spejl.operator, 'tenants');
    await session.page.evaluate((tenantId) => localStorage.setItem('spejl.tenant', tenantId), ids.tenantId);
    expect(await check('operator')).toEqual({});
    await signOut();
  });

  it("the leader's pages", async () => {
    await signIn(session.page, spejl.url, spejl.leader, 'my-reports');
    expect(await check('leader')).toEqual({});
  });
});
