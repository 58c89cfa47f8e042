import { refuseFile } from '../files/file-issues.ts';
import { megabytes, UPLOAD_LIMITS } from '../files/upload-limits.ts';
import { readCsvTable } from './csv-table.ts';
import type { RawRow, RawTable, RowSink, TableInfo } from './raw-table.ts';
import type { TableReading } from './table-reading.ts';
import { readXlsxTable } from './xlsx-table.ts';

/** A zip starts with a file header, or with the end record when it is empty; a CSV header may start "PK" but never with these. */
const ZIP = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * THE reader of uploaded tables (CSV or XLSX, told apart by content, not name). Refuses before
 * parsing what no parser should see (too large, empty, old .xls), then streams the header to
 * `onHeader` and each data row to the sink it returns. Every refusal is a SpejlError with a coded issue.
 * A CSV file is read as `reading` says when the admin chose how (separator, quoted lines).
 */
export async function readUploadedTable(bytes: Uint8Array, onHeader: (headers: string[]) => RowSink, reading: TableReading = {}): Promise<TableInfo> {
  if (bytes.length > UPLOAD_LIMITS.fileBytes) refuseFile('tooLarge', { size: megabytes(bytes.length), limit: megabytes(UPLOAD_LIMITS.fileBytes) });
  if (bytes.length === 0) refuseFile('empty');
  if (startsWith(bytes, OLE)) refuseFile('oldXls');
  const zipped = ZIP.some((magic) => startsWith(bytes, magic));
  if (zipped && bytes.length > UPLOAD_LIMITS.xlsxFileBytes) refuseFile('tooLarge', { size: megabytes(bytes.length), limit: megabytes(UPLOAD_LIMITS.xlsxFileBytes) });
  const table = await (zipped ? readXlsxTable(bytes, onHeader) : readCsvTable(bytes, onHeader, reading));
  if (table.headers.length === 0) refuseFile('blank');
  return table;
}

/** An uploaded table held whole, for files whose every row is needed at once (responses). */
export async function collectUploadedTable(bytes: Uint8Array): Promise<RawTable> {
  const rows: RawRow[] = [];
  const info = await readUploadedTable(bytes, () => (row) => rows.push(row));
  return { ...info, rows };
}
