import type { AnyTheme, RaterRole, SomeTexts } from '@spejl/plugin-sdk';
import { flatMessages, messages, UNTRANSLATED_KEYS } from '@spejl/plugin-sdk/survey-texts';
import type { RoundTexts } from '@spejl/db';

/** Where a text of a round comes from, for grouping in the console and the translation file. */
export type SourceGroup = 'mail' | 'theme' | 'survey';

/** One text of a round a translator translates: its key, the Danish source, and what Spejl already has. */
export interface SourceText {
  readonly key: string;
  readonly group: SourceGroup;
  /** The Danish text: the source, and what a respondent sees (marked) while there is no translation. */
  readonly da: string;
  /** The English text, a help for translators who read English better than Danish. */
  readonly en: string | null;
}

/** The round's parts a translation is made of: its mail texts and the themes it pinned. */
export interface TranslatableRound {
  readonly texts: RoundTexts;
  readonly themes: readonly AnyTheme[];
}

const MAIL_KINDS = ['invitation', 'reminder'] as const;
const MAIL_FIELDS = ['subject', 'body'] as const;

/** The key of one mail text: `mail.invitation.subject`. */
export function mailKey(kind: (typeof MAIL_KINDS)[number], field: (typeof MAIL_FIELDS)[number]): string {
  return `mail.${kind}.${field}`;
}

/** The key of one theme text: `theme.ledelse.item.q1.employee`, `theme.ledelse.title`. */
export function themeKey(themeId: string, ...path: string[]): string {
  return ['theme', themeId, ...path].join('.');
}

/** The key of one of the survey app's own words: `survey.form.next`. */
export function surveyKey(messageKey: string): string {
  return `survey.${messageKey}`;
}

function themeTexts(theme: AnyTheme): SourceText[] {
  const out: SourceText[] = [];
  const add = (key: string, texts: SomeTexts | undefined) => {
    if (texts?.da) out.push({ key, group: 'theme', da: texts.da, en: texts.en ?? null });
  };
  add(themeKey(theme.id, 'title'), theme.title);
  for (const role of theme.roles as RaterRole[]) add(themeKey(theme.id, 'intro', role), theme.intro[role]);
  for (const item of theme.items) for (const role of theme.roles) add(themeKey(theme.id, 'item', item.id, role), item.text[role]);
  for (const q of theme.questions ?? []) for (const role of theme.roles) add(themeKey(theme.id, 'question', q.id, role), q.text[role]);
  return out;
}

const SURVEY_DA = flatMessages(messages.da);
const SURVEY_EN = flatMessages(messages.en);

/**
 * Every text a respondent of the round reads, in the order a translator meets them: the mails,
 * each theme's title, intros, statements and open questions per role, then the survey's own
 * words. Keys are stable across exports, so a file translated from one export imports into the
 * round as long as its texts are the same.
 */
export function translationSource(round: TranslatableRound): SourceText[] {
  const mails = MAIL_KINDS.flatMap((kind) => MAIL_FIELDS.map((field) => ({
    key: mailKey(kind, field), group: 'mail' as const, da: round.texts[kind].da[field], en: round.texts[kind].en[field],
  })));
  const survey = Object.entries(SURVEY_DA).filter(([key]) => !UNTRANSLATED_KEYS.includes(key)).map(([key, da]) => ({
    key: surveyKey(key), group: 'survey' as const, da, en: SURVEY_EN[key] ?? null,
  }));
  return [...mails, ...round.themes.flatMap(themeTexts), ...survey];
}

/** What a theme already carries in a language (a theme may ship more locales than Danish and English). */
export function themeBuiltIn(round: TranslatableRound, locale: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const theme of round.themes) {
    const pick = (key: string, texts: SomeTexts | undefined) => {
      const text = (texts as Record<string, string> | undefined)?.[locale];
      if (text) found[key] = text;
    };
    pick(themeKey(theme.id, 'title'), theme.title);
    for (const role of theme.roles) pick(themeKey(theme.id, 'intro', role), theme.intro[role]);
    for (const item of theme.items) for (const role of theme.roles) pick(themeKey(theme.id, 'item', item.id, role), item.text[role]);
    for (const q of theme.questions ?? []) for (const role of theme.roles) pick(themeKey(theme.id, 'question', q.id, role), q.text[role]);
  }
  return found;
}
