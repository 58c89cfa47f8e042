import Papa from 'papaparse';
import { holdsAnySeparator, neutraliseFormulaInCsv } from '../files/spreadsheet-formulas.ts';
import { PERSON_FIELDS } from './person.ts';
import type { PersonRecord } from './person.ts';

/** How to write the people file; the default is what Danish Excel opens directly (`;` and a BOM). */
export interface ExportOptions {
  separator?: ',' | ';';
  bom?: boolean;
}

/**
 * Writes people as DESIGN.md's people file, so export → import changes nothing. Every value is
 * text, formula-guarded with a `'` wherever a spreadsheet may start a cell in it (also one
 * splitting at the other separator), which the import takes off again; a value holding `,` `;`
 * or a tab is quoted whichever separator the file has.
 */
export function peopleToCsv(people: readonly PersonRecord[], options: ExportOptions = {}): string {
  const rows = people.map((p) => [p.personId, p.name, p.email ?? '', p.managerId ?? '', p.faggruppe ?? '', p.unitName ?? '', p.unitCode ?? '', p.language ?? ''].map(neutraliseFormulaInCsv));
  const body = Papa.unparse({ fields: [...PERSON_FIELDS], data: rows }, { delimiter: options.separator ?? ';', newline: '\r\n', quotes: holdsAnySeparator });
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
