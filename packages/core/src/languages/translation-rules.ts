import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';
import { placeholdersIn, secretPlaceholdersIn } from '../rounds/messages/placeholders.ts';
import type { SourceText } from './translation-source.ts';

/**
 * What a formula starts with in a spreadsheet, but no sentence does. A leading `-` is left to the
 * exports' guard (DESIGN.md: files): a translated line may well start with a dash.
 */
const FORMULA_START = /^[=+@\t\r]/;

/** The longest translated text, as long as the longest mail text a round takes. */
export const TRANSLATION_MAX_LENGTH = 10_000;

/** Where an entry came from, so a problem can say where it is: a line of a file, or a key in the console. */
export interface EntryPlace {
  readonly line?: number;
}

/** One translation as the admin or a file gives it; an empty text removes the translation (Danish shows, marked). */
export interface TranslationEntry extends EntryPlace {
  readonly key: string;
  readonly text: string;
}

/**
 * The problems of one translation: a key the round does not have, a text too long, one that starts
 * like a spreadsheet formula (a file built to hurt whoever opens it next), a mail text without the
 * personal link or a subject with it. The survey shows translations as text, never as HTML.
 */
export function entryIssues(entry: TranslationEntry, source: ReadonlyMap<string, SourceText>): InputIssue[] {
  const where = { ...(entry.line !== undefined ? { line: entry.line } : {}), path: entry.key };
  if (!source.has(entry.key)) return [codedIssue('languages.unknownKey', { key: entry.key.slice(0, 200) }, where)];
  const text = entry.text;
  if (text === '') return [];
  if (text.length > TRANSLATION_MAX_LENGTH) return [codedIssue('languages.textTooLong', { length: text.length, limit: TRANSLATION_MAX_LENGTH }, where)];
  if (FORMULA_START.test(text)) return [codedIssue('languages.formula', { start: JSON.stringify(text.slice(0, 1)) }, where)];
  if (entry.key.endsWith('.subject')) {
    return secretPlaceholdersIn(text).map((placeholder) => codedIssue('languages.secretInSubject', { placeholder }, where));
  }
  if (entry.key.startsWith('mail.') && !placeholdersIn(text).includes('link')) return [codedIssue('languages.linkMissing', { placeholder: '{{link}}' }, where)];
  return [];
}
