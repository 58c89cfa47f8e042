import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  applyPeopleImport, codedError, columnMappingSchema, formatIssue, loadPeople, peopleToCsv, previewPeopleImport, recordAudit, SpejlError, tableReadingSchema,
  uploadName, type DiffCounts, type ImportPreview, type PeopleUpload, type ImportProgress, type InputIssue, type LargeChange, type TableReading,
} from '@spejl/core';
import { withTenant } from '@spejl/db';
import { withDatabase } from '../database.ts';
import { FileRefusal } from '../errors.ts';
import { tenantIdBySlug } from './round.ts';

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);
const number = (n: number) => n.toLocaleString('en');

/** `--map person_id=Medarbejdernr` (repeatable) → a column mapping, checked like every other edge. */
function mappingOf(pairs: string[]) {
  if (pairs.length === 0) return undefined;
  const entries = pairs.map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) throw codedError('BAD_INPUT', 'cli.mapPairInvalid', { pair });
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
  });
  const parsed = columnMappingSchema.safeParse(Object.fromEntries(entries));
  if (!parsed.success) throw codedError('BAD_INPUT', 'cli.mapFieldUnknown', {});
  return parsed.data;
}

/** `--delimiter '|'` (or tab) and `--unquote-lines` → a reading of the file, checked like every other edge. */
function readingOf(o: { delimiter?: string; unquoteLines?: boolean }): TableReading {
  const delimiter = o.delimiter?.toLowerCase() === 'tab' || o.delimiter === '\\t' ? '\t' : o.delimiter;
  const parsed = tableReadingSchema.safeParse({ ...(delimiter !== undefined && { delimiter }), ...(o.unquoteLines && { unquoteLines: true }) });
  if (!parsed.success) throw codedError('BAD_INPUT', 'cli.delimiterUnknown', { delimiter: o.delimiter ?? '' });
  return parsed.data;
}

/** The options that read a file as its preview suggests, as a person types them. */
function readingFlags(reading: TableReading): string {
  const delimiter = reading.delimiter === '\t' ? 'tab' : `'${reading.delimiter}'`;
  return [reading.delimiter !== undefined ? `--delimiter ${delimiter}` : '', reading.unquoteLines ? '--unquote-lines' : ''].filter(Boolean).join(' ');
}

/** "marks 320 of the 1,000 people as having left and moves 41 (36.1 %), more than the 10 % …", for a change that needs confirmation. */
function largeChangeSentence(change: LargeChange): string {
  const share = (change.share * 100).toLocaleString('en', { maximumFractionDigits: 1 });
  return `this import marks ${number(change.left)} of the ${number(change.people)} people as having left and moves ${number(change.moved)} to another manager (${share} %), more than the ${change.limitPercent} % that may change without confirmation`;
}

/** The values of a refused large change, as its coded message names them. */
function largeChangeParams(fileName: string, change: LargeChange) {
  return { fileName, left: change.left, people: change.people, moved: change.moved, share: change.share * 100, limit: change.limitPercent };
}

function printCounts(counts: DiffCounts): void {
  const rows: [string, number][] = [['new', counts.added], ['moved (new manager)', counts.moved], ['renamed', counts.renamed], ['updated (email, faggruppe, unit)', counts.updated], ['left', counts.left], ['unchanged', counts.unchanged]];
  for (const [label, n] of rows) out(`  ${label.padEnd(34)}${number(n).padStart(8)}\n`);
}

function printSamples(preview: ImportPreview, limit = 10): void {
  const s = preview.samples;
  if (!s || !preview.counts) return;
  const who = (id: string | null) => (id === null ? '(top)' : s.names[id] ? `${id} (${s.names[id]})` : id);
  const more = (shown: number, total: number) => total > shown && out(`    … and ${number(total - shown)} more\n`);
  for (const p of s.added.slice(0, limit)) out(`  + ${p.personId} ${p.name}\n`);
  for (const c of s.moved.slice(0, limit)) out(`  → ${c.after.personId} ${c.after.name}: ${who(c.before.managerId)} → ${who(c.after.managerId)}\n`);
  more(Math.min(limit, s.moved.length), preview.counts.moved);
  for (const c of s.changed.filter((x) => x.renamed).slice(0, limit)) out(`  ✎ ${c.after.personId} ${c.before.name} → ${c.after.name}\n`);
  for (const p of s.left.slice(0, limit)) out(`  − ${p.personId} ${p.name}\n`);
  more(Math.min(limit, s.left.length), preview.counts.left);
}

function printWarnings(warnings: readonly InputIssue[], file: string): void {
  for (const w of warnings.slice(0, 20)) err(`warning: ${formatIssue(w, file)}\n`);
  if (warnings.length > 20) err(`warning: … and ${warnings.length - 20} more\n`);
}

/** Progress on stderr, about once per 5,000 rows, so a large file shows it is moving. */
function progressPrinter(rows: () => number): (p: ImportProgress) => void {
  return (p) => {
    if (rows() < 5000) return;
    const label = { read: 'read and validated', compare: 'compared', write: 'written' }[p.phase];
    err(`${label} ${number(p.done)}/${number(p.total)}\n`);
  };
}

/** What `spejl people import` is told on its command line. */
interface ImportFlags {
  tenant: string;
  dryRun?: boolean;
  map: string[];
  delimiter?: string;
  unquoteLines?: boolean;
  confirmLargeChange?: boolean;
  safetynet?: boolean;
}

async function readBytes(file: string): Promise<Uint8Array> {
  const bytes = await readFile(file).catch(() => {
    throw codedError('BAD_INPUT', 'cli.cannotRead', { path: file });
  });
  return new Uint8Array(bytes);
}

/** The upload the command line names: one people file, or with --safetynet the unit file and the employee file. */
async function uploadOf(file: string, employees: string | undefined, o: ImportFlags): Promise<PeopleUpload> {
  if (Boolean(o.safetynet) !== (employees !== undefined)) throw codedError('BAD_INPUT', 'cli.safetynetPair', {});
  if (employees !== undefined) {
    return { fileName: basename(employees), bytes: await readBytes(employees), units: { fileName: basename(file), bytes: await readBytes(file) } };
  }
  return { fileName: basename(file), bytes: await readBytes(file), mapping: mappingOf(o.map), reading: readingOf(o) };
}

async function importPeople(file: string, employees: string | undefined, o: ImportFlags): Promise<void> {
  const upload = await uploadOf(file, employees, o);
  const bytes = upload.bytes;
  const name = uploadName(upload);
  await withDatabase(async (db) => {
    const tenantId = await tenantIdBySlug(db, o.tenant);
    if (bytes.length > 200_000) err(`reading ${name} (${number(Math.round(bytes.length / 1024))} KB)…\n`);
    const preview = await withTenant(db, tenantId, (tx) => previewPeopleImport(tx, upload)).catch((error: unknown) => {
      throw error instanceof SpejlError ? new FileRefusal(error.issues[0]?.file ?? name, error) : error;
    });
    if (preview.errors.length > 0 || !preview.counts) {
      const found = { fileName: name, count: preview.errors.length };
      const suggested = preview.suggestedReading;
      throw suggested
        ? codedError('BAD_INPUT', 'cli.fileHasProblemsReading', { ...found, flags: readingFlags(suggested), flagCount: readingFlags(suggested).split(' --').length }, preview.errors)
        : codedError('BAD_INPUT', 'cli.fileHasProblems', found, preview.errors);
    }
    printWarnings(preview.warnings, name);
    out(`${name}: ${number(preview.rows)} people (${preview.format})\n`);
    printCounts(preview.counts);
    printSamples(preview);
    const unconfirmed = preview.largeChange?.needsConfirmation && !o.confirmLargeChange ? largeChangeSentence(preview.largeChange) : null;
    if (o.dryRun) {
      out(`dry run: nothing was changed; run again without --dry-run${unconfirmed ? ' and with --confirm-large-change' : ''} to apply\n`);
      if (unconfirmed) out(`note: ${unconfirmed}\n`);
      return;
    }
    if (unconfirmed && preview.largeChange) throw codedError('BAD_INPUT', 'cli.largeChange', largeChangeParams(name, preview.largeChange));
    const actor = { userId: null, label: `cli (${userInfo().username})` };
    const result = await withTenant(db, tenantId, async (tx) => {
      const options = { actor, source: 'cli' as const, token: preview.token!, confirmLargeChange: o.confirmLargeChange, onProgress: progressPrinter(() => preview.rows) };
      const applied = await applyPeopleImport(tx, upload, options);
      const confirmed = applied.largeChange.needsConfirmation && { confirmedLargeChange: true };
      await recordAudit(tx, { tenantId, actorUserId: null, action: 'people.import', target: name, details: { ...applied.counts, ...confirmed, via: 'cli' } });
      return applied;
    });
    out(`applied: ${number(result.counts.added)} new, ${number(result.counts.moved)} moved, ${number(result.counts.renamed)} renamed, ${number(result.counts.updated)} updated, ${number(result.counts.left)} left\n`);
  });
}

/** `spejl people import|export`. */
export function register(program: Command): void {
  const people = program.command('people').description('the hierarchy (ledelseskæden)');
  people
    .command('import')
    .description('import the HR system\'s people file (CSV or XLSX): prints the diff, then applies it all at once (or nothing if any row is bad); a change that removes or moves more than the tenant\'s share of people needs --confirm-large-change')
    .requiredOption('--tenant <slug>', 'the tenant')
    .option('--dry-run', 'only validate and print the diff')
    .option('--map <field=Header>', 'which column holds a field, e.g. --map person_id=Medarbejdernr (repeatable; remembered per tenant)', (v: string, all: string[]) => [...all, v], [])
    .option('--delimiter <separator>', "read a CSV file with this separator: ';', ',', '|' or tab (default: guessed from the header)")
    .option('--unquote-lines', 'read a CSV file whose every line is quoted as a whole')
    .option('--confirm-large-change', "apply even when more than the tenant's share of people (default 10 %) would leave or move")
    .option('--safetynet', 'read a SafetyNet pair from the HR system: the unit file, then the employee file (CPR numbers, user names and dates are never stored)')
    .argument('<file>', 'the people file: person_id,name,email,manager_id,faggruppe,unit_name (with --safetynet: the unit file)')
    .argument('[employees]', 'with --safetynet: the employee file')
    .action((file: string, employees: string | undefined, o: ImportFlags) => importPeople(file, employees, o));
  people
    .command('export')
    .description('write the tenant\'s people as a people file (; separated with BOM, opens in Danish Excel)')
    .requiredOption('--tenant <slug>', 'the tenant')
    .option('--out <file>', 'where to write (default: standard output)')
    .action(async (o: { tenant: string; out?: string }) => {
      await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const csv = peopleToCsv(await withTenant(db, tenantId, loadPeople));
        if (o.out) await writeFile(o.out, csv);
        else out(csv);
      });
    });
}
