import type { ROLLUP_COLUMNS, RollupRow } from './export-rows.ts';

/**
 * The words of the roll-up's "CSV til Excel": headings and values a person reads in a
 * spreadsheet, in the console's language. DESIGN.md's CSV keeps its developer names
 * (leader_id, direct, employee, false); ids, theme and item ids stay as they are in both.
 */
export interface RollupExcelWords {
  header: Record<(typeof ROLLUP_COLUMNS)[number], string>;
  scope: Record<RollupRow['scope'], string>;
  role: Record<RollupRow['rater_role'], string>;
  suppressed: { yes: string; no: string };
}

export const ROLLUP_EXCEL_WORDS: Record<'da' | 'en', RollupExcelWords> = {
  da: {
    header: {
      leader_id: 'Leder-id', scope: 'Omfang', rater_role: 'Respondentgruppe', theme_id: 'Tema-id', item_id: 'Udsagn-id', forms: 'Skemaer',
      answered: 'Svar', dont_know: 'Ved ikke', mean: 'Gennemsnit', sd: 'Standardafvigelse',
      n1: 'Antal 1', n2: 'Antal 2', n3: 'Antal 3', n4: 'Antal 4', n5: 'Antal 5', suppressed: 'Skjult',
    },
    scope: { direct: 'direkte', chain: 'kæde' },
    role: { employee: 'medarbejdere', self: 'leder selv', superior: 'overordnet leder', peer: 'sideordnede ledere' },
    suppressed: { yes: 'ja', no: 'nej' },
  },
  en: {
    header: {
      leader_id: 'Leader id', scope: 'Scope', rater_role: 'Respondent group', theme_id: 'Theme id', item_id: 'Item id', forms: 'Forms',
      answered: 'Answered', dont_know: "Don't know", mean: 'Mean', sd: 'Standard deviation',
      n1: 'Count 1', n2: 'Count 2', n3: 'Count 3', n4: 'Count 4', n5: 'Count 5', suppressed: 'Hidden',
    },
    scope: { direct: 'direct', chain: 'chain' },
    role: { employee: 'employees', self: 'leader self', superior: 'superior', peer: 'peers' },
    suppressed: { yes: 'yes', no: 'no' },
  },
};
