import { z } from 'zod';
import type { TenantTx } from '@spejl/db';
import { codedError, codedIssue, type InputIssue } from '../errors/spejl-error.ts';
import { excelCsv } from '../files/excel-csv.ts';
import { withoutFormulaGuard } from '../files/spreadsheet-formulas.ts';
import { megabytes } from '../files/upload-limits.ts';
import { readUploadedTable } from '../hierarchy/uploaded-table.ts';
import { canonicalTag } from './language-tag.ts';
import { saveTranslations, translationTable } from './round-languages.ts';
import type { TranslationEntry } from './translation-rules.ts';

/** A round's translation file is a few hundred texts; a file far larger is not one. */
export const TRANSLATION_FILE_LIMITS = { bytes: 2 * 1024 * 1024, rows: 5000 } as const;

const KEY_COLUMN = 'key';

/**
 * A round's texts as a spreadsheet for a translator (Danish Excel's CSV: `;`, BOM, every cell
 * guarded against formulas): key, Danish, English, and the language's column, filled where a
 * translation exists. Translate the last column and import the file again.
 */
export async function exportTranslationCsv(tx: TenantTx, roundId: string, tag: string): Promise<{ fileName: string; csv: string }> {
  const { language, rows } = await translationTable(tx, roundId, tag);
  const csv = excelCsv([KEY_COLUMN, 'da', 'en', language.tag], rows.map((r) => [r.key, r.da, r.en, r.text]));
  return { fileName: `oversaettelse-${language.tag}.csv`, csv };
}

const rowSchema = z.object({ key: z.string().trim().min(1).max(300), text: z.string().max(100_000) });

/** The column the translation is in: the language's tag, as the export wrote it (any case). */
function columnsOf(headers: readonly string[], tag: string): { key: number; text: number } {
  const names = headers.map((h) => h.trim());
  const key = names.findIndex((h) => h.toLowerCase() === KEY_COLUMN);
  const text = names.findIndex((h) => canonicalTag(h) === tag);
  if (key >= 0 && text >= 0) return { key, text };
  const other = names.slice(3).map((h) => canonicalTag(h)).find((t) => t && t !== 'da' && t !== 'en');
  if (key >= 0 && other) throw codedError('BAD_INPUT', 'languages.otherLanguage', { found: other, language: tag });
  throw codedError('BAD_INPUT', 'languages.badColumns', { language: tag, found: names.slice(0, 6).join(', ').slice(0, 120) || '—' });
}

/** The entries of an uploaded translation file, or every problem with its line; never half of them. */
export async function readTranslationFile(bytes: Uint8Array, tag: string): Promise<TranslationEntry[]> {
  if (bytes.length > TRANSLATION_FILE_LIMITS.bytes) {
    throw codedError('BAD_INPUT', 'languages.fileTooLarge', { size: megabytes(bytes.length), limit: megabytes(TRANSLATION_FILE_LIMITS.bytes) });
  }
  const entries: TranslationEntry[] = [];
  const issues: InputIssue[] = [];
  const firstLine = new Map<string, number>();
  const info = await readUploadedTable(bytes, (headers) => {
    const at = columnsOf(headers, tag);
    return (row) => {
      if (entries.length + issues.length >= TRANSLATION_FILE_LIMITS.rows) throw codedError('BAD_INPUT', 'languages.tooManyRows', { limit: TRANSLATION_FILE_LIMITS.rows });
      const parsed = rowSchema.safeParse({ key: row.cells[at.key] ?? '', text: withoutFormulaGuard((row.cells[at.text] ?? '').trim()) });
      if (!parsed.success) return;
      const { key, text } = parsed.data;
      const first = firstLine.get(key);
      if (first !== undefined) issues.push(codedIssue('languages.duplicateKey', { key: key.slice(0, 200), first }, { line: row.line }));
      firstLine.set(key, row.line);
      // A blank cell is a text not translated yet: it changes nothing (the console removes a translation).
      if (text !== '') entries.push({ line: row.line, key, text });
    };
  });
  const all = [...info.errors, ...issues];
  if (all.length) throw codedError('BAD_INPUT', 'languages.fileRefused', { count: all.length }, all.slice(0, 100));
  return entries;
}

/** Imports a translated file into a language of a round: all of it or, with any problem, nothing; audited. */
export async function importTranslationFile(
  tx: TenantTx, tenantId: string, roundId: string, tag: string, bytes: Uint8Array, actor: { userId: string | null },
): Promise<{ saved: number; removed: number }> {
  const locale = canonicalTag(tag);
  if (!locale) throw codedError('BAD_INPUT', 'languages.badTag', { tag: tag.slice(0, 40) });
  const entries = await readTranslationFile(bytes, locale);
  return saveTranslations(tx, tenantId, roundId, locale, entries, { userId: actor.userId, via: 'csv' });
}
