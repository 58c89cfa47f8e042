/**
 * What an uploaded file may be at most. Checked before parsing (size, the zip's declared
 * sizes) and while reading (inflated bytes, rows, columns, cell length), so no file can make
 * an import use more than a bounded amount of memory and time. The largest real people file
 * (a region, ~40,000 people) is a tenth of every limit.
 */
export const UPLOAD_LIMITS = {
  /** Bytes of the file as uploaded (CSV, or XLSX compressed). */
  fileBytes: 20 * 1024 * 1024,
  /**
   * Bytes of an XLSX file. Lower than a CSV's: a workbook's values are kept while its sheet
   * streams: an honest workbook of 200,000 people (6.2 MB) peaked at 455 MB, one near 12 MB at
   * 586 MB. A region's 40,000 people take about 1.5 MB.
   */
  xlsxFileBytes: 6 * 1024 * 1024,
  /** Data rows below the header. */
  rows: 250_000,
  /** Columns of the header and of any row. */
  columns: 200,
  /** Characters in one cell. */
  cellLength: 10_000,
  /** Entries in an XLSX file's zip directory (Excel writes a dozen, plus one per sheet). */
  zipEntries: 2_000,
  /**
   * Bytes the parts Spejl reads from an XLSX file inflate to, all together. Sheets are streamed,
   * but the values read from them are kept: this bounds them. Excel's own 250,000 rows of six
   * columns take about 50 MB.
   */
  inflatedBytes: 128 * 1024 * 1024,
  /** Bytes of the shared strings, which are held in memory while the sheet is read. */
  sharedStringsBytes: 64 * 1024 * 1024,
  /** Bytes of any other part read (workbook, relationships, styles). */
  otherPartBytes: 8 * 1024 * 1024,
  /**
   * How many times larger than compressed a part may be. Spreadsheet XML compresses 5–20
   * times; a bomb compresses 1,000 times. Parts under a megabyte are not held to it.
   */
  compressionRatio: 200,
  ratioGrace: 1024 * 1024,
} as const;

/** Megabytes as a person reads them: `20 MB`, `7.4 MB`. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
