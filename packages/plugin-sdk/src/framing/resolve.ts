import type { Locale } from '../locales.ts';
import type { Sector } from '../sectors.ts';
import type { AnyTheme, SomeTexts } from '../theme/types.ts';

/** A tenant's framing settings: its sector, a default example, and examples per faggruppe. */
export interface TenantFraming {
  readonly sector: Sector;
  /** Used when the respondent's faggruppe has no example of its own. */
  readonly defaultExample: SomeTexts | null;
  /** Keyed by faggruppe as written in the people file (matched without regard to case or spacing). */
  readonly faggruppeExamples: Readonly<Record<string, SomeTexts>>;
}

/** Framing settings as they are stored and edited: one row per faggruppe. */
export interface FramingSettings {
  readonly sector: Sector;
  readonly defaultExample: SomeTexts | null;
  readonly faggruppeExamples: readonly { readonly faggruppe: string; readonly example: SomeTexts }[];
}

/** The settings in the shape resolution reads. */
export function tenantFramingFrom(settings: FramingSettings): TenantFraming {
  return {
    sector: settings.sector,
    defaultExample: settings.defaultExample,
    faggruppeExamples: Object.fromEntries(settings.faggruppeExamples.map((r) => [r.faggruppe, r.example])),
  };
}

/** Which level of the resolution order supplied the example. */
export type ExampleSource = 'faggruppe' | 'tenant' | 'sector' | 'neutral';

/** The example that replaces `{{omraadeeksempel}}`, and where it came from (the console shows this). */
export interface ResolvedExample {
  readonly text: string;
  readonly source: ExampleSource;
}

/** The form in which faggrupper are compared: "  Lærer " and "lærer" are the same faggruppe. */
export function faggruppeKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

function inLocale(texts: SomeTexts | null | undefined, locale: Locale): string | null {
  const text = texts?.[locale]?.trim();
  return text ? text : null;
}

/** The example configured for a faggruppe, if any. */
export function faggruppeExample(framing: TenantFraming, faggruppe: string): SomeTexts | null {
  const key = faggruppeKey(faggruppe);
  const match = Object.entries(framing.faggruppeExamples).find(([name]) => faggruppeKey(name) === key);
  return match ? match[1] : null;
}

/**
 * Resolves the area-specific example for one respondent: their faggruppe's example →
 * the tenant's default → the theme's default for the tenant's sector → the theme's
 * neutral wording. A level counts only if it has a text in the respondent's locale (a
 * Danish phrase must not land in an English sentence); the neutral wording falls back
 * to Danish. Null when the theme has no framing (it uses no placeholder).
 */
export function resolveExample(
  theme: Pick<AnyTheme, 'framing'>,
  tenant: TenantFraming | null,
  who: { readonly faggruppe: string | null; readonly locale: Locale },
): ResolvedExample | null {
  const defaults = theme.framing;
  if (!defaults) return null;
  const { locale } = who;
  const candidates: [ExampleSource, SomeTexts | null | undefined][] = [
    ['faggruppe', tenant && who.faggruppe ? faggruppeExample(tenant, who.faggruppe) : null],
    ['tenant', tenant?.defaultExample],
    ['sector', tenant ? defaults.sectors?.[tenant.sector] : null],
    ['neutral', defaults.neutral],
  ];
  for (const [source, texts] of candidates) {
    const text = inLocale(texts, locale);
    if (text) return { text, source };
  }
  return { text: inLocale(defaults.neutral, 'da') ?? '', source: 'neutral' };
}
