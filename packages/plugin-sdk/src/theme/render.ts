import { textIn, type Locale } from '../locales.ts';
import type { RaterRole } from '../roles.ts';
import { agree5 } from '../scales/agree5.ts';
import { fillPlaceholders, placeholdersIn } from '../framing/placeholders.ts';
import { resolveExample, type ResolvedExample, type TenantFraming } from '../framing/resolve.ts';
import type { AnyTheme, SomeTexts } from './types.ts';

/** A theme exactly as one respondent sees it: one role, one language, the example filled in. */
export interface RenderedTheme {
  readonly id: string;
  readonly version: string;
  readonly locale: Locale;
  readonly role: RaterRole;
  readonly title: string;
  readonly intro: string;
  readonly prompt: string;
  readonly items: readonly { readonly id: string; readonly label: string; readonly text: string }[];
  /** Open questions after the statements, answered in free text (none when the theme asks none). */
  readonly questions: readonly { readonly id: string; readonly label: string; readonly text: string }[];
  readonly scale: { readonly values: readonly { readonly value: number; readonly label: string }[]; readonly dontKnow: string };
  /** The example filled in, and where it came from; null when this role's texts use none. */
  readonly example: ResolvedExample | null;
}

/** Who is looking: their role, language and faggruppe, and the tenant's framing settings. */
export interface Audience {
  readonly role: RaterRole;
  readonly locale: Locale;
  readonly faggruppe?: string | null;
  readonly framing: TenantFraming | null;
}

/** True when the theme has texts for `role` (a round asks a role only the themes that declare it). */
export function asksRole(theme: Pick<AnyTheme, 'roles'>, role: RaterRole): boolean {
  return theme.roles.includes(role);
}

/** The language a theme is shown in: the asked one if the theme has it, else Danish. */
export function themeLocale(theme: Pick<AnyTheme, 'locales'>, locale: Locale): Locale {
  return theme.locales.includes(locale) ? locale : 'da';
}

/**
 * Renders a theme for one audience; the survey and the console's preview both use this,
 * so a preview shows exactly what a respondent will read. Throws if the theme does not
 * ask that role, and never returns a text with a raw placeholder.
 */
export function renderTheme(theme: AnyTheme, audience: Audience): RenderedTheme {
  const { role } = audience;
  if (!asksRole(theme, role)) throw new Error(`theme "${theme.id}" has no texts for the ${role} role`);
  const locale = themeLocale(theme, audience.locale);
  const example = resolveExample(theme, audience.framing, { faggruppe: audience.faggruppe ?? null, locale });
  let used = false;
  const show = (texts: SomeTexts | undefined) => {
    const raw = textIn(texts ?? {}, locale);
    used ||= placeholdersIn(raw).length > 0;
    const text = fillPlaceholders(raw, example?.text ?? '');
    if (/\{\{|\}\}/.test(text)) throw new Error(`theme "${theme.id}" has an unfilled placeholder in "${text}"`);
    return text;
  };
  const title = show(theme.title);
  const intro = show(theme.intro[role]);
  const items = theme.items.map((item) => ({ id: item.id, label: show(item.label), text: show(item.text[role]) }));
  const questions = (theme.questions ?? []).map((q) => ({ id: q.id, label: show(q.label), text: show(q.text[role]) }));
  return {
    id: theme.id,
    version: theme.version,
    locale,
    role,
    title,
    intro,
    prompt: textIn(agree5.prompt, locale),
    items,
    questions,
    scale: { values: agree5.values.map((v) => ({ value: v.value, label: textIn(v.label, locale) })), dontKnow: textIn(agree5.dontKnow.label, locale) },
    example: used ? example : null,
  };
}
