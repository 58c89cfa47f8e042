import { createHash } from 'node:crypto';
import type { PeopleImportSource, TenantTx } from '@spejl/db';
import { codedError, type InputIssue } from '../errors/spejl-error.ts';
import { issueTotal } from '../files/issue-cap.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { diffSamples, type DiffSamples } from './diff-samples.ts';
import { recordImport, type ImportActor } from './import-history.ts';
import { tenantFaggrupper } from './faggrupper.ts';
import { importSafety, rememberedMapping, rememberMapping } from './import-settings.ts';
import { assessChange, refuseUnconfirmed, type LargeChange } from './large-change.ts';
import { countDiff, diffPeople, type DiffCounts } from './people-diff.ts';
import { readPeopleFile, type PeopleFile } from './people-file.ts';
import { deletePeople, insertPeople, loadPeople, updatePeople } from './people-store.ts';
import type { PersonField, PersonRecord } from './person.ts';
import type { TableReading } from './table-reading.ts';
import { lockPeople } from './tenant-lock.ts';
import { readSafetyNetPair } from '../safetynet/safetynet-pair.ts';

/** An uploaded people file; without a mapping the tenant's remembered one (or header names) decide. */
export interface PeopleUpload {
  fileName: string;
  bytes: Uint8Array;
  mapping?: ColumnMapping;
  /** How to read a CSV file when the admin chose (separator, quoted lines); else Spejl guesses. */
  reading?: TableReading;
  /** Set for a SafetyNet pair: the unit file, while `fileName` and `bytes` are the employee file. */
  units?: { fileName: string; bytes: Uint8Array };
  /** For a SafetyNet pair: the day (`yyyy-mm-dd`) a Slutdato must be before to mean left; default today. */
  asOf?: string;
}

/** What an upload would do: every problem, or the diff. Nothing is written. */
export interface ImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  rows: number;
  headers: string[];
  mapping: ColumnMapping;
  /** The reading the file was read with (empty: guessed). */
  reading: TableReading;
  /** When the header came out as one column: the reading that gives it several, for the admin to choose. */
  suggestedReading: TableReading | null;
  missingColumns: PersonField[];
  errors: InputIssue[];
  warnings: InputIssue[];
  /** Null when the file has errors. */
  counts: DiffCounts | null;
  samples: DiffSamples | null;
  /** How much of the organisation the import removes or moves, and whether applying it needs confirmation. Null when the file has errors. */
  largeChange: LargeChange | null;
  /** Identifies this exact diff (stored people, file and mapping); applying with it refuses any other. Null when the file has errors. */
  token: string | null;
}

/** Progress of a long import: which phase, how far. */
export interface ImportProgress {
  phase: 'read' | 'compare' | 'write';
  done: number;
  total: number;
}

/** Who applies, from where, and (from a preview) the diff they agreed to. */
export interface ApplyOptions {
  actor: ImportActor;
  source: PeopleImportSource;
  /** The preview's token: the import is refused unless it would do exactly what that preview showed. */
  token?: string;
  /** The admin confirmed a change past the tenant's limit; without it such an import is refused. */
  confirmLargeChange?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** What an applied import did. */
export interface ImportResult {
  importId: string;
  counts: DiffCounts;
  largeChange: LargeChange;
  warnings: InputIssue[];
}

/**
 * What a diff depends on: the stored people (as the import sees them), the file's bytes
 * and the column mapping. Equal tokens mean the very diff the admin previewed.
 */
function diffToken(current: readonly PersonRecord[], upload: PeopleUpload, mapping: ColumnMapping): string {
  const hash = createHash('sha256');
  for (const p of current) hash.update(JSON.stringify([p.personId, p.name, p.email, p.managerId, p.faggruppe, p.unitName, p.unitCode ?? null, p.language ?? null])).update('\n');
  if (upload.units) hash.update(createHash('sha256').update(upload.units.bytes).digest('hex')).update(upload.asOf ?? '');
  hash.update(createHash('sha256').update(upload.bytes).digest('hex')).update(JSON.stringify(mapping)).update(JSON.stringify(readingOf(upload)));
  return hash.digest('base64url');
}

/** The upload's reading with its keys in one order, so equal readings hash alike. */
function readingOf(upload: PeopleUpload): TableReading {
  const { delimiter, unquoteLines } = upload.reading ?? {};
  return { ...(delimiter !== undefined && { delimiter }), ...(unquoteLines && { unquoteLines }) };
}

async function readUpload(tx: TenantTx, upload: PeopleUpload): Promise<PeopleFile> {
  if (upload.units) {
    const pair = { units: upload.units, employees: { fileName: upload.fileName, bytes: upload.bytes } };
    return readSafetyNetPair(pair, { faggrupper: await tenantFaggrupper(tx), ...(upload.asOf !== undefined && { today: upload.asOf }) });
  }
  const mapping = upload.mapping ?? (await rememberedMapping(tx));
  return readPeopleFile(upload.bytes, { mapping, faggrupper: await tenantFaggrupper(tx), reading: readingOf(upload) });
}

/** Weighs a diff against the tenant's limit for changes made without confirmation. */
async function assess(tx: TenantTx, counts: DiffCounts, stored: number): Promise<LargeChange> {
  return assessChange(counts, stored, (await importSafety(tx)).largeChangePercent);
}

/** How history and messages name an upload: a pair by both its files. */
export function uploadName(upload: PeopleUpload): string {
  return upload.units ? `${upload.units.fileName} + ${upload.fileName}` : upload.fileName;
}

/** Reads and validates an upload and diffs it against the stored people. Writes nothing. */
export async function previewPeopleImport(tx: TenantTx, upload: PeopleUpload): Promise<ImportPreview> {
  const file = await readUpload(tx, upload);
  const base = {
    fileName: uploadName(upload), format: file.format, rows: file.people.length, headers: file.headers, mapping: file.mapping, reading: readingOf(upload),
    suggestedReading: file.suggestedReading, missingColumns: file.missingColumns, errors: file.errors, warnings: file.warnings,
  };
  if (file.errors.length > 0) return { ...base, counts: null, samples: null, largeChange: null, token: null };
  const current = await loadPeople(tx);
  const diff = diffPeople(current, file.people);
  const counts = countDiff(diff);
  return { ...base, counts, samples: diffSamples(diff, current, file.people), largeChange: await assess(tx, counts, current.length), token: diffToken(current, upload, file.mapping) };
}

/**
 * Applies an upload in the caller's transaction: all of it or, on any error, none of it
 * (SpejlError BAD_INPUT listing every problem). Keeps console-only fields such as exempt.
 * A change past the tenant's limit (people left or moved) is refused unless confirmed.
 */
export async function applyPeopleImport(tx: TenantTx, upload: PeopleUpload, options: ApplyOptions): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => {});
  const file = await readUpload(tx, upload);
  progress({ phase: 'read', done: file.people.length, total: file.people.length });
  if (file.errors.length > 0) {
    const n = issueTotal(file.errors);
    throw codedError('BAD_INPUT', 'people.fileHasProblems', { fileName: uploadName(upload), count: n }, file.errors);
  }
  await lockPeople(tx);
  const current = await loadPeople(tx);
  const diff = diffPeople(current, file.people);
  const counts = countDiff(diff);
  progress({ phase: 'compare', done: file.people.length, total: file.people.length });
  if (options.token !== undefined && options.token !== diffToken(current, upload, file.mapping)) {
    throw codedError('CONFLICT', 'people.changedSincePreview', {});
  }
  const largeChange = await assess(tx, counts, current.length);
  if (largeChange.needsConfirmation && !options.confirmLargeChange) refuseUnconfirmed(largeChange);
  const total = diff.left.length + diff.changed.length + diff.added.length;
  let done = 0;
  const step = (base: number) => (n: number) => progress({ phase: 'write', done: base + n, total });
  await deletePeople(tx, diff.left.map((p) => p.personId), step(done));
  done += diff.left.length;
  await updatePeople(tx, diff.changed, step(done));
  done += diff.changed.length;
  await insertPeople(tx, diff.added, step(done));
  // A pair's columns are fixed by the format, and a sync's rows are Spejl's own people file: the
  // mapping remembered for the tenant's own files stays.
  if (!upload.units && options.source !== 'sftp') await rememberMapping(tx, file.mapping);
  const importId = await recordImport(tx, { actor: options.actor, source: options.source, fileName: uploadName(upload), format: file.format, rows: file.people.length, counts, warnings: file.warnings.length });
  return { importId, counts, largeChange, warnings: file.warnings };
}
