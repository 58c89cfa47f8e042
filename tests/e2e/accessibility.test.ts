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
interface Ids { roundId: string; tenantId: string; leaderId: string; chainLeaderId: string; initiativeId: string; planId: string }

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
  { route: 'round-comments', who: 'admin', path: ({ roundId }) => `/rounds/${roundId}/comments` },
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
  { route: 'my-peers', who: 'leader', path: () => '/my-peers' },
  { route: 'initiatives', who: 'admin', path: () => '/initiatives' },
  { route: 'initiative-new', who: 'admin', path: () => '/initiatives/new' },
  { route: 'initiative', who: 'admin', path: ({ initiativeId }) => `/initiatives/${initiativeId}` },
  { route: 'initiatives', who: 'leader', path: () => '/initiatives' },
  { route: 'initiative', who: 'leader', path: ({ initiativeId }) => `/initiatives/${initiativeId}` },
  { route: 'report', who: 'leader', path: ({ roundId, leaderId }) => `/results/${roundId}/leader/${leaderId}` },
  { route: 'audit-log', who: 'admin', path: () => '/settings/audit' },
  { route: 'operator-audit', who: 'operator', path: () => '/operator/audit' },
  { route: 'round-units', who: 'admin', path: ({ roundId }) => `/rounds/${roundId}/units` },
  { route: 'dialogue-meeting', who: 'leader', path: ({ roundId }) => `/my-reports/${roundId}/dialogue-meeting` },
  { route: 'follow-up-status', who: 'admin', path: () => '/follow-up' },
  { route: 'follow-up-plan', who: 'leader', path: ({ planId }) => `/follow-up/${planId}` },
  { route: 'login-sso', who: 'public', path: () => '/login/sso' },
  { route: 'security', who: 'admin', path: () => '/account/security' },
  { route: 'data-protection', who: 'admin', path: () => '/settings/data-protection' },
  { route: 'sso-settings', who: 'admin', path: () => '/settings/sso' },
  { route: 'people-safetynet', who: 'admin', path: () => '/people/safetynet' },
  { route: 'round-languages', who: 'admin', path: ({ roundId }) => `/rounds/${roundId}/languages` },
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
  const ids: Ids = { roundId: '', tenantId: '', leaderId: '', chainLeaderId: '', initiativeId: '', planId: '' };

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
      ids.initiativeId = (await tx.selectFrom('initiatives').select('id').executeTakeFirstOrThrow()).id;
      ids.planId = (await tx.selectFrom('follow_up_plans').select('id').where('leader_id', '=', ids.leaderId).executeTakeFirstOrThrow()).id;
    });
  });
  afterAll(async () => {
    await session?.close();
    await spejl?.stop();
  });

  /** Opens one page and runs axe on it; the screenshot is for a person to look at. */
  async function check(visit: PageVisit): Promise<string[]> {
    const { page } = session;
    await page.goto(`${spejl.url}${visit.path(ids)}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settle(page);
    const violations = seriousViolations(await session.axe());
    await session.screenshot(`axe-${visit.who}-${visit.route}`);
    return violations;
  }

  async function signOut(): Promise<void> {
    await session.browser.clearCookies();
    // A fresh page (about:blank) has no storage of ours to clear.
    if (session.page.url().startsWith(spejl.url)) await session.page.evaluate(() => localStorage.clear());
  }

  // One test per page (each with its own time budget), in order: each reader signs in before their pages.
  const SIGN_IN: Record<Who, (() => Promise<void>) | null> = {
    public: null,
    admin: () => signIn(session.page, spejl.url, spejl.admin),
    operator: async () => {
      await signIn(session.page, spejl.url, spejl.operator, 'tenants');
      await session.page.evaluate((tenantId) => localStorage.setItem('spejl.tenant', tenantId), ids.tenantId);
    },
    leader: () => signIn(session.page, spejl.url, spejl.leader, 'my-reports'),
  };

  for (const who of ['public', 'admin', 'operator', 'leader'] as const) {
    describe(who === 'public' ? 'before signing in' : `as the ${who}`, () => {
      beforeAll(async () => {
        await signOut();
        await SIGN_IN[who]?.();
      });
      for (const visit of PAGES.filter((p) => p.who === who)) {
        it(`${visit.route}: no serious violation`, async () => {
          expect(await check(visit)).toEqual([]);
        });
      }
    });
  }
});
