import { PERSONAL_DATA } from './personal-data.ts';

/*
 * The catalog as the two tables of docs/data-protection.md (in English, the docs' language), so the
 * record a data processing agreement points to is the catalog itself: `pnpm docs:data-protection`
 * writes it, and a test fails when the document and the catalog part.
 */

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The "Every table" section's two tables: personal tables, then the rest with their reason. */
export function personalDataMarkdown(): string {
  const personal: string[] = ['| where (table) | what | why | how long |', '|---|---|---|---|'];
  const other: string[] = ['| table | why it holds no personal data |', '|---|---|'];
  for (const [table, entry] of Object.entries(PERSONAL_DATA)) {
    if (entry.personal) personal.push(`| \`${table}\` | ${cell(entry.what.en)} | ${cell(entry.why.en)} | ${cell(entry.kept.en)} |`);
    else other.push(`| \`${table}\` | ${cell(entry.reason)} |`);
  }
  return `${personal.join('\n')}\n\n${other.join('\n')}\n`;
}

/** Where the generated tables begin in the document; everything after it is replaced. */
export const PERSONAL_DATA_HEADING = '## Every table\n\n';
