import type { ExcelCell } from '@spejl/core/excel-csv';

/** One CSV column a list column writes (a shown cell "3 / 5 · 60 %" may write three: answered, asked, rate). */
export interface CsvColumn<Row> {
  label: string;
  value: (row: Row) => ExcelCell;
}

/**
 * One column of a long list in the console: its heading, the value it sorts and searches by,
 * and what it writes to the CSV export. Labels are already translated.
 */
export interface ListColumn<Row> {
  key: string;
  label: string;
  /** What the column sorts by (text in Danish order, numbers as numbers, blanks last) and, when text, what search reads. */
  value: (row: Row) => string | number | null;
  /** False for a column of actions or links. */
  sortable?: boolean;
  /** False to leave a text column out of search. */
  searchable?: boolean;
  /** The CSV columns it writes, when not its value under its label; `[]` writes none. */
  csv?: readonly CsvColumn<Row>[];
}

/** Which column a list is sorted by, and which way. */
export interface ListSort {
  key: string;
  direction: 'ascending' | 'descending';
}
