import { LOCAL_THEME_ID, type AnyTheme } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { loadLocalQuestions } from './local-questions.ts';

/** One theme in a tenant's catalogue: the content, where it comes from, and whether rounds may use it. */
export interface ThemeChoice {
  id: string;
  version: string;
  source: 'plugin' | 'local';
  enabled: boolean;
  theme: AnyTheme;
}

/**
 * The tenant's catalogue: every platform theme (on unless switched off) and the tenant's
 * local questions when there are any (on unless switched off).
 */
export async function listThemeChoices(tx: TenantTx, platform: readonly AnyTheme[]): Promise<ThemeChoice[]> {
  const rows = await tx.selectFrom('tenant_themes').select(['theme_id', 'enabled']).execute();
  const enabled = new Map(rows.map((r) => [r.theme_id, r.enabled]));
  const local = (await loadLocalQuestions(tx)).theme;
  const all: [AnyTheme, ThemeChoice['source']][] = [...platform.map((t): [AnyTheme, 'plugin'] => [t, 'plugin']), ...(local ? [[local, 'local'] as [AnyTheme, 'local']] : [])];
  return all.map(([theme, source]) => ({ id: theme.id, version: theme.version, source, enabled: enabled.get(theme.id) ?? true, theme }));
}

/** Switches a theme on or off for the tenant's future rounds; rounds already created keep what they pinned. */
export async function setThemeEnabled(tx: TenantTx, tenantId: string, platform: readonly AnyTheme[], themeId: string, enabled: boolean, userId: string | null): Promise<ThemeChoice> {
  const known = platform.some((t) => t.id === themeId) || themeId === LOCAL_THEME_ID;
  if (!known) {
    throw codedError('NOT_FOUND', 'theme.notFound', { themeId }, [{ path: 'themeId', message: `use one of: ${[...platform.map((t) => t.id), LOCAL_THEME_ID].join(', ')}` }]);
  }
  const choice = (await listThemeChoices(tx, platform)).find((c) => c.id === themeId);
  if (!choice) throw codedError('NOT_FOUND', 'theme.noLocalQuestions', {});
  const values = { enabled, updated_by: userId, updated_at: new Date() };
  await tx.insertInto('tenant_themes').values({ tenant_id: tenantId, theme_id: themeId, ...values }).onConflict((c) => c.columns(['tenant_id', 'theme_id']).doUpdateSet(values)).execute();
  return { ...choice, enabled };
}
