import { renderTheme, tenantFramingFrom, textIn, themeLocale, type AnyTheme, type Locale, type TenantFraming } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { ROLLUP_EXCEL_WORDS } from '../rollup/excel-words.ts';
import { loadRoundRollup, type RoundRollup } from '../rollup/round-rollup.ts';
import { loadFramingSettings } from '../themes/tenant-framing.ts';
import { shownComments, type CommentExportRow } from './comment-export.ts';

/*
 * The comment export for a person with a spreadsheet ("CSV til Excel" and XLSX): DESIGN.md's rows
 * with the leader's name and unit beside the id, scope and respondent group in words, and the
 * theme and question as the respondents read them. DESIGN.md's CSV and JSON keep their machine
 * columns for programs (spejl comments export).
 */

/** The reader version's columns, in order. */
export const COMMENT_READER_COLUMNS = ['leader_id', 'leader', 'unit', 'scope', 'rater_role', 'theme', 'question', 'wording', 'text'] as const;

/** Its headings in the console's language. */
export const COMMENT_READER_HEADINGS: Record<'da' | 'en', Record<(typeof COMMENT_READER_COLUMNS)[number], string>> = {
  da: { leader_id: 'Leder-id', leader: 'Leder', unit: 'Enhed', scope: 'Omfang', rater_role: 'Respondentgruppe', theme: 'Tema', question: 'Spørgsmål', wording: 'Spørgsmålets ordlyd', text: 'Kommentar' },
  en: { leader_id: 'Leader id', leader: 'Leader', unit: 'Unit', scope: 'Scope', rater_role: 'Respondent group', theme: 'Theme', question: 'Question', wording: 'Question wording', text: 'Comment' },
};

/** One open question as respondents read it: its theme's title, its short label, and its wording per respondent group. */
export interface ReaderQuestion {
  theme: string;
  label: string;
  wording: Partial<Record<CommentExportRow['rater_role'], string>>;
}

/** What turns ids into words: the round's leaders (as frozen at launch) and its questions, in one language. */
export interface CommentReaderWords {
  locale: 'da' | 'en';
  leaders: ReadonlyMap<string, { readonly name: string; readonly unitName: string | null }>;
  questions: ReadonlyMap<string, ReaderQuestion>;
}

/** The round's questions in `locale` with the organisation's default example filled in, as a respondent without a faggruppe read them. */
export function readerQuestions(themes: readonly AnyTheme[], locale: Locale, framing: TenantFraming | null): Map<string, ReaderQuestion> {
  const out = new Map<string, ReaderQuestion>();
  for (const theme of themes) {
    const lang = themeLocale(theme, locale);
    for (const q of theme.questions ?? []) out.set(`${theme.id}.${q.id}`, { theme: textIn(theme.title, lang), label: textIn(q.label, lang), wording: {} });
    for (const role of theme.roles) {
      for (const q of renderTheme(theme, { role, locale, framing }).questions) {
        const question = out.get(`${theme.id}.${q.id}`)!;
        question.label = q.label;
        if (q.text) question.wording[role] = q.text;
      }
    }
  }
  return out;
}

/** A closed round's shown comments (as loadCommentExport) with the words a person reads beside them. */
export async function loadCommentReaderExport(tx: TenantTx, tenantId: string, roundId: string, locale: 'da' | 'en'): Promise<{ rows: CommentExportRow[]; words: CommentReaderWords }> {
  const loaded = await loadRoundRollup(tx, roundId);
  const rows = await shownComments(tx, tenantId, loaded);
  return { rows, words: await readerWords(tx, tenantId, loaded, locale) };
}

async function readerWords(tx: TenantTx, tenantId: string, loaded: RoundRollup, locale: 'da' | 'en'): Promise<CommentReaderWords> {
  const framing = tenantFramingFrom(await loadFramingSettings(tx, tenantId));
  const ids = loaded.rollup.tree.personIds;
  // Every person of the roll-up's tree is a leader and slots follow person order (round-rollup.ts).
  const leaders = new Map(loaded.leaders.map((l, slot) => [ids[slot]!, l]));
  // A round pins each theme's whole content, validated by defineTheme (rounds/theme-pinning.ts).
  return { locale, leaders, questions: readerQuestions(loaded.themes as unknown as AnyTheme[], locale, framing) };
}

/** One exported comment as the reader version's cells, in COMMENT_READER_COLUMNS order. */
export function commentReaderCells(row: CommentExportRow, words: CommentReaderWords): string[] {
  const leader = words.leaders.get(row.leader_id);
  const question = words.questions.get(row.question_id);
  const rollupWords = ROLLUP_EXCEL_WORDS[words.locale];
  return [
    row.leader_id, leader?.name ?? '', leader?.unitName ?? '',
    rollupWords.scope[row.scope], rollupWords.role[row.rater_role],
    question?.theme ?? '', question?.label ?? row.question_id, question?.wording[row.rater_role] ?? '',
    row.text,
  ];
}
