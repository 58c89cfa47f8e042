import { Readable } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { SpejlError } from '../errors/spejl-error.ts';
import { refuseFile } from './file-issues.ts';
import { megabytes, UPLOAD_LIMITS } from './upload-limits.ts';
import { XmlShapeGuard } from './xml-shape-guard.ts';

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const EMPTY_SHARED_STRINGS = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');

/** The parts of a workbook the sheet reader needs, in the order it wants them (shared strings before sheets keeps sheets streaming). */
const PART_ORDER: readonly RegExp[] = [
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
];
const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

function rank(name: string): number {
  return PART_ORDER.findIndex((pattern) => pattern.test(name));
}

function sheetNumber(name: string): number {
  return Number(SHEET.exec(name)?.[1] ?? 0);
}

function damaged(error: unknown): never {
  if (error instanceof SpejlError) throw error;
  const why = error instanceof Error ? error.message : String(error);
  return refuseFile('damagedXlsx', { why });
}

/** The refusal an error amounts to: a SpejlError as it is, anything else as a damaged file. */
function refusalOf(error: unknown): SpejlError {
  try {
    return damaged(error);
  } catch (refusal) {
    return refusal as SpejlError;
  }
}

/** What a part may inflate to: shared strings are held in memory, sheets are streamed. */
function partLimit(name: string): number {
  if (name === SHARED_STRINGS) return UPLOAD_LIMITS.sharedStringsBytes;
  return SHEET.test(name) ? UPLOAD_LIMITS.inflatedBytes : UPLOAD_LIMITS.otherPartBytes;
}

/** Checks the sizes the zip's central directory declares, before a byte is inflated. */
function checkDeclared(parts: readonly Entry[]): void {
  let total = 0;
  for (const entry of parts) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > partLimit(entry.fileName) || total > UPLOAD_LIMITS.inflatedBytes) refuseFile('zipInflated', { limit: megabytes(UPLOAD_LIMITS.inflatedBytes) });
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > UPLOAD_LIMITS.ratioGrace && ratio > UPLOAD_LIMITS.compressionRatio) {
      refuseFile('zipRatio', { part: entry.fileName, ratio: Math.round(ratio) });
    }
  }
}

/** The workbook's parts the reader needs, from the central directory (the only list a zip reader may trust). */
async function neededParts(zip: ZipFile): Promise<Entry[]> {
  if (zip.entryCount > UPLOAD_LIMITS.zipEntries) refuseFile('zipEntries', { count: zip.entryCount, limit: UPLOAD_LIMITS.zipEntries });
  const parts: Entry[] = [];
  for await (const entry of zip.eachEntry()) if (rank(entry.fileName) >= 0) parts.push(entry);
  parts.sort((a, b) => rank(a.fileName) - rank(b.fileName) || sheetNumber(a.fileName) - sheetNumber(b.fileName));
  checkDeclared(parts);
  return parts;
}

/** Inflates one part, holding it to its declared size (yauzl errors past it) and to the XML shape limits. */
async function* inflated(zip: ZipFile, entry: Entry): AsyncGenerator<Uint8Array> {
  const guard = SHEET.test(entry.fileName) || entry.fileName === SHARED_STRINGS ? new XmlShapeGuard() : null;
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    damaged(error);
  }
  try {
    for await (const chunk of stream) {
      guard?.scan(chunk as Uint8Array);
      yield chunk as Uint8Array;
    }
  } catch (error) {
    if (error instanceof Error && /too many bytes|too few bytes/.test(error.message)) refuseFile('zipSizeLies', { part: entry.fileName });
    damaged(error);
  }
}

/**
 * The needed parts again as an uncompressed zip, inflated part by part as the reader asks for
 * them: the sheet reader never inflates anything itself and never sees a part that was not checked.
 */
async function* storedZip(zip: ZipFile, parts: readonly Entry[]): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  const zipper = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const add = async function* (name: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
    const file = new ZipPassThrough(name);
    zipper.add(file);
    for await (const chunk of chunks) {
      file.push(chunk);
      yield* out.splice(0);
    }
    file.push(new Uint8Array(0), true);
    yield* out.splice(0);
  };
  if (!parts.some((p) => p.fileName === SHARED_STRINGS)) yield* add(SHARED_STRINGS, [EMPTY_SHARED_STRINGS]);
  for (const entry of parts) yield* add(entry.fileName, inflated(zip, entry));
  zipper.end();
  yield* out.splice(0);
}

/** A checked workbook, ready to stream; `failed` settles with the refusal if a check stops the stream. */
export interface CheckedWorkbook {
  stream: Readable;
  failed: Promise<SpejlError>;
  /** The refusal so far, if any (the reader may have finished just as the stream was cut). */
  failure: () => SpejlError | null;
}

/**
 * Opens an uploaded XLSX file defensively: the central directory first (entry count, declared
 * sizes, compression ratios), then a stream of only the parts a sheet reader needs, inflated
 * under watch. A file that breaks a limit ends the stream, and `failed` says why.
 */
export async function openWorkbook(bytes: Uint8Array): Promise<CheckedWorkbook> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    damaged(error);
  }
  const parts = await neededParts(zip).catch(damaged);
  let failure: SpejlError | null = null;
  let settle: (refusal: SpejlError) => void = () => {};
  const failed = new Promise<SpejlError>((resolve) => (settle = resolve));
  async function* guarded() {
    try {
      yield* storedZip(zip, parts);
    } catch (error) {
      // The sheet reader takes this stream through a pipe, which does not pass errors on: it
      // would wait for the rest of a part for ever. So the reason goes to `failed` instead.
      failure = refusalOf(error);
      settle(failure);
    }
  }
  return { stream: Readable.from(guarded(), { objectMode: false }), failed, failure: () => failure };
}
