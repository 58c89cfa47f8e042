import Papa from 'papaparse';
import { neutraliseFormula } from '../files/spreadsheet-formulas.ts';
import { PERSON_FIELDS } from './person.ts';
import type { PersonRecord } from './person.ts';

/** How to write the people file; the default is what Danish Excel opens directly (`;` and a BOM). */
export interface ExportOptions {
  separator?: ',' | ';';
  bom?: boolean;
}

/**
 * Writes people as DESIGN.md's people file, so export → import changes nothing. Every value is
 * text; one that starts like a formula gets a leading `'`, which the import takes off again.
 */
export function peopleToCsv(people: readonly PersonRecord[], options: ExportOptions = {}): string {
  const rows = people.map((p) => [p.personId, p.name, p.email ?? '', p.managerId ?? '', p.faggruppe ?? '', p.unitName ?? ''].map(neutraliseFormula));
  const body = Papa.unparse({ fields: [...PERSON_FIELDS], data: rows }, { delimiter: options.separator ?? ';', newline: '\r\n' });
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
