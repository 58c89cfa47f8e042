import { textIn, type Locale } from '../locales.ts';
import { RATER_ROLES } from '../roles.ts';
import { fillPlaceholders } from '../framing/placeholders.ts';
import { resolveExample, type TenantFraming } from '../framing/resolve.ts';
import type { AnyGuidanceLevel, AnyTheme, SomeTexts } from '../theme/types.ts';
import { themeLocale } from '../theme/render.ts';
import type { GuidanceLevelView, ThemeContentView } from './view.ts';

/**
 * A theme's content for a report view, in `locale`, with the example filled in as the
 * organisation's default (no faggruppe): what the view builder puts in `view.themes`.
 */
export function themeContentView(theme: AnyTheme, locale: Locale, framing: TenantFraming | null): ThemeContentView {
  const lang = themeLocale(theme, locale);
  const example = resolveExample(theme, framing, { faggruppe: null, locale: lang })?.text ?? '';
  const t = (texts: SomeTexts) => fillPlaceholders(textIn(texts, lang), example);
  const opt = (texts: SomeTexts | undefined) => (texts ? t(texts) : null);
  const level = (g: AnyGuidanceLevel | undefined): GuidanceLevelView | null =>
    g
      ? {
          title: t(g.title),
          intro: opt(g.intro),
          questionsIntro: opt(g.questionsIntro),
          questions: g.questions.map(t),
          casesIntro: opt(g.casesIntro),
          cases: g.cases.map((c) => ({ title: t(c.title), body: t(c.body) })),
        }
      : null;
  return {
    id: theme.id,
    version: theme.version,
    title: t(theme.title),
    about: { what: t(theme.about.what), why: t(theme.about.why), how: opt(theme.about.how) },
    intro: t(theme.intro.employee ?? {}),
    items: theme.items.map((item) => ({
      id: item.id,
      label: t(item.label),
      text: Object.fromEntries(RATER_ROLES.filter((r) => item.text[r]).map((r) => [r, t(item.text[r] ?? {})])),
    })),
    guidance: theme.guidance ? { title: t(theme.guidance.title), organisation: level(theme.guidance.organisation), leader: level(theme.guidance.leader) } : null,
    framingNote: opt(theme.framing?.note),
    questions: (theme.questions ?? []).map((q) => ({ id: q.id, label: t(q.label) })),
  };
}

/** Splits a multi-paragraph text (paragraphs separated by a blank line) into paragraphs. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}
