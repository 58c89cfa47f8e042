import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { ConsoleRole } from './layout/nav.ts';
import { useSessionStore } from './stores/session.ts';
import { useTenantStore } from './stores/tenant.ts';
import { tenantSwitchFromLink } from './stores/tenant-link.ts';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title and heading). */
    title?: string;
    /** Reachable without signing in. */
    public?: boolean;
    /** Only these roles may open the page; absent means every signed-in person. */
    roles?: readonly ConsoleRole[];
  }
}

const ADMINS: readonly ConsoleRole[] = ['operator', 'admin'];

/** Every page of the console; each feature adds its routes here. */
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./pages/auth/LoginPage.vue'), meta: { public: true, title: 'auth.login.title' } },
  { path: '/login/sso', name: 'login-sso', component: () => import('./pages/auth/SsoLoginPage.vue'), meta: { public: true, title: 'sso.login.title' } },
  { path: '/forgot-password', name: 'forgot-password', component: () => import('./pages/auth/ForgotPasswordPage.vue'), meta: { public: true, title: 'auth.forgot.title' } },
  { path: '/reset-password', name: 'reset-password', component: () => import('./pages/auth/ResetPasswordPage.vue'), meta: { public: true, title: 'auth.reset.title' } },
  { path: '/invite', name: 'invite', component: () => import('./pages/auth/AcceptInvitePage.vue'), meta: { public: true, title: 'auth.invite.title' } },
  {
    path: '/',
    component: () => import('./layout/AppLayout.vue'),
    children: [
      { path: '', name: 'home', redirect: { name: 'overview' } },
      { path: 'account/security', name: 'security', component: () => import('./pages/account/SecurityPage.vue'), meta: { title: 'twoFactor.security.title' } },
      { path: 'overview', name: 'overview', component: () => import('./pages/home/OverviewPage.vue'), meta: { title: 'home.title' } },
      { path: 'tenants', name: 'tenants', component: () => import('./pages/tenants/TenantListPage.vue'), meta: { title: 'tenants.list.title', roles: ['operator'] } },
      { path: 'tenants/new', name: 'tenant-new', component: () => import('./pages/tenants/TenantCreatePage.vue'), meta: { title: 'tenants.editor.titleNew', roles: ['operator'] } },
      { path: 'tenants/:tenantId', name: 'tenant-edit', component: () => import('./pages/tenants/TenantSettingsPage.vue'), props: true, meta: { title: 'tenants.editor.editTitle', roles: ['operator'] } },
      { path: 'settings', name: 'settings', component: () => import('./pages/tenants/TenantSettingsPage.vue'), meta: { title: 'layout.nav.settings', roles: ADMINS } },
      { path: 'settings/data-protection', name: 'data-protection', component: () => import('./pages/privacy/DataProtectionPage.vue'), meta: { title: 'privacy.title', roles: ADMINS } },
      { path: 'settings/sso', name: 'sso-settings', component: () => import('./pages/sso/SsoSettingsPage.vue'), meta: { title: 'sso.title', roles: ADMINS } },
      { path: 'settings/audit', name: 'audit-log', component: () => import('./pages/audit/AuditLogPage.vue'), meta: { title: 'audit.title', roles: ['admin'] } },
      { path: 'operator/audit', name: 'operator-audit', component: () => import('./pages/audit/OperatorAuditPage.vue'), meta: { title: 'audit.operatorTitle', roles: ['operator'] } },
      { path: 'members', name: 'members', component: () => import('./pages/members/MembersPage.vue'), meta: { title: 'members.title', roles: ADMINS } },
      { path: 'outbox', name: 'outbox', component: () => import('./pages/outbox/OutboxPage.vue'), meta: { title: 'outbox.title', roles: ADMINS } },
      { path: 'themes', name: 'themes', component: () => import('./pages/themes/ThemesPage.vue'), meta: { title: 'themes.title', roles: ['operator', 'admin', 'analyst'] } },
      { path: 'themes/framing', name: 'themes-framing', component: () => import('./pages/themes/FramingPage.vue'), meta: { title: 'themes.framing.heading', roles: ['operator', 'admin', 'analyst'] } },
      { path: 'themes/local', name: 'themes-local', component: () => import('./pages/themes/LocalQuestionsPage.vue'), meta: { title: 'themes.local.heading', roles: ['operator', 'admin', 'analyst'] } },
      { path: 'themes/:themeId', name: 'theme-preview', component: () => import('./pages/themes/ThemePreviewPage.vue'), props: true, meta: { title: 'themes.preview.heading', roles: ['operator', 'admin', 'analyst'] } },
      { path: 'people', name: 'people', component: () => import('./pages/people/PeopleTreePage.vue'), meta: { title: 'people.title', roles: ['operator', 'admin', 'analyst'] } },
      { path: 'people/safetynet', name: 'people-safetynet', component: () => import('./pages/people/SafetyNetPage.vue'), meta: { title: 'safetyNet.title', roles: ADMINS } },
      { path: 'people/import', name: 'people-import', component: () => import('./pages/people/PeopleImportPage.vue'), meta: { title: 'people.import.title', roles: ADMINS } },
      { path: 'rounds', name: 'rounds', component: () => import('./pages/rounds/RoundsPage.vue'), meta: { title: 'rounds.title', roles: ['operator', 'admin', 'analyst'] } },
      { path: 'rounds/:roundId', name: 'round', component: () => import('./pages/rounds/RoundDetailPage.vue'), props: true, meta: { title: 'rounds.title', roles: ['operator', 'admin', 'analyst'] } },
      { path: 'rounds/:roundId/comments', name: 'round-comments', component: () => import('./pages/rounds/CommentReviewPage.vue'), props: true, meta: { title: 'commentReview.title', roles: ['operator', 'admin', 'analyst'] } },
      { path: 'rounds/:roundId/languages', name: 'round-languages', component: () => import('./pages/rounds/RoundLanguagesPage.vue'), props: true, meta: { title: 'languages.title', roles: ADMINS } },
      { path: 'rounds/:roundId/units', name: 'round-units', component: () => import('./pages/rounds/UnitMappingPage.vue'), props: true, meta: { title: 'trends.mapping.title', roles: ADMINS } },
      { path: 'rounds/:roundId/preview', name: 'round-preview', component: () => import('./pages/rounds/RoundPreviewPage.vue'), props: true, meta: { title: 'themes.preview.heading', roles: ADMINS } },
      { path: 'benchmark', name: 'sector-benchmark', component: () => import('./pages/benchmark/SectorBenchmarkPage.vue'), meta: { title: 'benchmark.title', roles: ['operator'] } },
      { path: 'results', name: 'results', component: () => import('./pages/reports/ResultsPage.vue'), meta: { title: 'reports.title' } },
      { path: 'my-reports', name: 'my-reports', component: () => import('./pages/reports/MyReportsPage.vue'), meta: { title: 'reports.mine.title', roles: ['leader'] } },
      { path: 'my-reports/:roundId/dialogue-meeting', name: 'dialogue-meeting', component: () => import('./pages/dialogue-meeting/DialogueMeetingPage.vue'), props: true, meta: { title: 'dialogueMeeting.title', roles: ['leader'] } },
      { path: 'my-peers', name: 'my-peers', component: () => import('./pages/peers/PeerNominationsPage.vue'), meta: { title: 'peers.nominations.title', roles: ['leader', 'operator', 'admin'] } },
      { path: 'initiatives', name: 'initiatives', component: () => import('./pages/initiatives/InitiativesPage.vue'), meta: { title: 'initiatives.title', roles: ['leader', 'operator', 'admin'] } },
      { path: 'initiatives/new', name: 'initiative-new', component: () => import('./pages/initiatives/InitiativeCreatePage.vue'), meta: { title: 'initiatives.create.title', roles: ADMINS } },
      { path: 'initiatives/:initiativeId', name: 'initiative', component: () => import('./pages/initiatives/InitiativePage.vue'), props: true, meta: { title: 'initiatives.title', roles: ['leader', 'operator', 'admin'] } },
      { path: 'results/:roundId/benchmark', name: 'benchmark', component: () => import('./pages/reports/BenchmarkPage.vue'), props: true, meta: { title: 'reports.benchmark.link', roles: ['operator'] } },
      { path: 'results/:roundId', name: 'results-round', component: () => import('./pages/reports/RoundResultsPage.vue'), props: true, meta: { title: 'reports.title' } },
      { path: 'results/:roundId/:reportId/:leaderId?', name: 'report', component: () => import('./pages/reports/ReportPage.vue'), props: true, meta: { title: 'reports.title' } },
      { path: 'follow-up', name: 'follow-up-status', component: () => import('./pages/follow-up/ChainStatusPage.vue'), meta: { title: 'followUp.status.title' } },
      { path: 'follow-up/:planId', name: 'follow-up-plan', component: () => import('./pages/follow-up/FollowUpPlanPage.vue'), props: true, meta: { title: 'followUp.title' } },
      { path: 'report-settings', name: 'report-settings', component: () => import('./pages/reports/ReportSettingsPage.vue'), meta: { title: 'reports.settings.title', roles: ['operator', 'admin', 'analyst'] } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: 'layout.notFound.title' } },
    ],
  },
];

/** The console's router: signs people in first, then keeps each page to the roles it lists. */
export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  const session = useSessionStore();
  await session.ensureLoaded();
  if (to.meta.public) return true;
  if (!session.user) {
    const wanted = to.redirectedFrom?.fullPath ?? to.fullPath;
    return { name: 'login', query: wanted === '/' ? {} : { redirect: wanted } };
  }

  const tenants = useTenantStore();
  await tenants.ensureLoaded();
  // A link into one organisation (a test invitation's preview) opens in it, if the person may work
  // there, and the console says so: nobody should import into an organisation they did not choose.
  const linked = tenantSwitchFromLink(to.query.tenant, tenants.currentTenantId, tenants.choices);
  if (linked) tenants.chooseFromLink(linked);
  // An operator who has not picked a tenant starts at the tenant list.
  if (to.name === 'overview' && session.isOperator && !tenants.current) return { name: 'tenants' };
  // A leader starts at their own reports: that is what the console is for them.
  if (to.name === 'overview' && tenants.role === 'leader') return { name: 'my-reports' };
  const allowed = to.meta.roles;
  if (allowed && (!tenants.role || !allowed.includes(tenants.role))) return { name: 'overview' };
  return true;
});
