import { resolveExample, tenantFramingFrom, themeLocale, type AnyTheme, type Locale } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { listThemeChoices } from './theme-choice.ts';
import { loadFramingSettings } from './tenant-framing.ts';

/** The themes a tenant's new rounds may use (switched-on platform themes and local questions). */
export async function tenantThemes(tx: TenantTx, platform: readonly AnyTheme[]): Promise<AnyTheme[]> {
  return (await listThemeChoices(tx, platform)).filter((c) => c.enabled).map((c) => c.theme);
}

/** Resolves `{{omraadeeksempel}}` for one respondent of this tenant (faggruppe → tenant → sector → neutral). */
export type TenantExampleResolver = (theme: Pick<AnyTheme, 'framing' | 'locales'>, faggruppe: string | null, locale: Locale) => string;

/**
 * Loads the tenant's framing once and returns the resolver the survey uses for every form.
 * The example is resolved in the language the theme is shown in (Danish when the theme has
 * no text in the respondent's language), as the console's preview does.
 */
export async function tenantExampleResolver(tx: TenantTx, tenantId: string): Promise<TenantExampleResolver> {
  const framing = tenantFramingFrom(await loadFramingSettings(tx, tenantId));
  return (theme, faggruppe, locale) => resolveExample(theme, framing, { faggruppe, locale: themeLocale(theme, locale) })?.text ?? '';
}
