import type { RouteLocationRaw } from 'vue-router';

/** Roles as the console distinguishes them: operators plus the three member roles. */
export type ConsoleRole = 'operator' | 'admin' | 'analyst' | 'leader';

/** One entry of the side navigation. */
export interface NavItem {
  /** i18n key of the label. */
  label: string;
  to: RouteLocationRaw;
  /** Who sees the entry. */
  roles: readonly ConsoleRole[];
  /** Shown only while a tenant is chosen (the page works inside one tenant). */
  needsTenant: boolean;
}

// Leaders have their own start page (Mine rapporter) in place of the overview and the results lists.
const STAFF: readonly ConsoleRole[] = ['operator', 'admin', 'analyst'];

/** The side navigation, in order; each feature adds its entry here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'layout.nav.tenants', to: { name: 'tenants' }, roles: ['operator'], needsTenant: false },
  { label: 'benchmark.nav', to: { name: 'sector-benchmark' }, roles: ['operator'], needsTenant: false },
  { label: 'layout.nav.overview', to: { name: 'overview' }, roles: STAFF, needsTenant: true },
  { label: 'reports.mine.nav', to: { name: 'my-reports' }, roles: ['leader'], needsTenant: true },
  // Leaders nominate their peers and decide their employees' nominations; admins decide too, under their own name for the page.
  { label: 'peers.nominations.nav', to: { name: 'my-peers' }, roles: ['leader'], needsTenant: true },
  { label: 'peers.nominations.adminNav', to: { name: 'my-peers' }, roles: ['operator', 'admin'], needsTenant: true },
  { label: 'initiatives.nav', to: { name: 'initiatives' }, roles: ['leader', 'operator', 'admin'], needsTenant: true },
  { label: 'people.nav', to: { name: 'people' }, roles: ['operator', 'admin', 'analyst'], needsTenant: true },
  { label: 'layout.nav.members', to: { name: 'members' }, roles: ['operator', 'admin'], needsTenant: true },
  { label: 'layout.nav.outbox', to: { name: 'outbox' }, roles: ['operator', 'admin'], needsTenant: false },
  { label: 'themes.nav', to: { name: 'themes' }, roles: ['operator', 'admin', 'analyst'], needsTenant: true },
  { label: 'rounds.nav', to: { name: 'rounds' }, roles: ['operator', 'admin'], needsTenant: true },
  // Without a tenant, operators see every tenant's closed rounds; members always work in one.
  { label: 'reports.nav', to: { name: 'results' }, roles: STAFF, needsTenant: false },
  { label: 'followUp.nav', to: { name: 'follow-up-status' }, roles: ['operator', 'admin', 'analyst', 'leader'], needsTenant: true },
  { label: 'reports.settingsNav', to: { name: 'report-settings' }, roles: ['operator', 'admin', 'analyst'], needsTenant: true },
  { label: 'layout.nav.settings', to: { name: 'settings' }, roles: ['operator', 'admin'], needsTenant: true },
  { label: 'privacy.nav', to: { name: 'data-protection' }, roles: ['operator', 'admin'], needsTenant: true },
  { label: 'sso.nav', to: { name: 'sso-settings' }, roles: ['operator', 'admin'], needsTenant: true },
  // The tenant's own admins read its log; operators read their own actions across tenants, never a tenant's whole log.
  { label: 'audit.nav', to: { name: 'audit-log' }, roles: ['admin'], needsTenant: true },
  { label: 'audit.operatorNav', to: { name: 'operator-audit' }, roles: ['operator'], needsTenant: false },
];

/** The entries a person sees: their role must be listed, and tenant pages need a chosen tenant. */
export function visibleNav(items: readonly NavItem[], role: ConsoleRole | null, hasTenant: boolean): NavItem[] {
  if (!role) return [];
  return items.filter((item) => item.roles.includes(role) && (hasTenant || !item.needsTenant));
}
