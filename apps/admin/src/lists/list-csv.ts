import { excelCsv } from '@spejl/core/excel-csv';
import { downloadBlob } from '../reports/download-file.ts';
import type { CsvColumn, ListColumn } from './list-column.ts';

/** The CSV columns of a list: each column's own, or its value under its heading. */
export function csvColumns<Row>(columns: readonly ListColumn<Row>[]): CsvColumn<Row>[] {
  return columns.flatMap((c) => c.csv ?? [{ label: c.label, value: (row: Row) => c.value(row) }]);
}

/** The rows as CSV for Danish Excel (`;`, decimal comma, BOM, text formula-guarded: core's excel-csv), headed by the columns' labels. */
export function listCsv<Row>(columns: readonly ListColumn<Row>[], rows: readonly Row[]): string {
  const csv = csvColumns(columns);
  return excelCsv(
    csv.map((c) => c.label),
    rows.map((row) => csv.map((c) => c.value(row))),
  );
}

/** A file name from words such as "Svarprocenter" and a round's name, without characters file systems refuse. */
export function csvFileName(...parts: string[]): string {
  const name = parts.map((p) => p.trim()).filter(Boolean).join(' – ');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')}.csv`;
}

/** Saves CSV text as a file in the browser. */
export function downloadCsv(fileName: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
