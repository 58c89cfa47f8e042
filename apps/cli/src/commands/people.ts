import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  applyPeopleImport, columnMappingSchema, formatIssue, loadPeople, peopleToCsv, previewPeopleImport, recordAudit, SpejlError,
  type DiffCounts, type ImportPreview, type ImportProgress, type InputIssue,
} from '@spejl/core';
import { withTenant } from '@spejl/db';
import { withDatabase } from '../database.ts';
import { tenantIdBySlug } from './round.ts';

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);
const number = (n: number) => n.toLocaleString('en');

/** `--map person_id=Medarbejdernr` (repeatable) → a column mapping, checked like every other edge. */
function mappingOf(pairs: string[]) {
  if (pairs.length === 0) return undefined;
  const entries = pairs.map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) throw new SpejlError('BAD_INPUT', `--map "${pair}" must look like field=Header, e.g. person_id=Medarbejdernr`);
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
  });
  const parsed = columnMappingSchema.safeParse(Object.fromEntries(entries));
  if (!parsed.success) throw new SpejlError('BAD_INPUT', 'unknown field in --map; the fields are person_id, name, email, manager_id, faggruppe, unit_name');
  return parsed.data;
}

function printCounts(counts: DiffCounts): void {
  const rows: [string, number][] = [['new', counts.added], ['moved (new manager)', counts.moved], ['renamed', counts.renamed], ['updated (email, faggruppe, unit)', counts.updated], ['left', counts.left], ['unchanged', counts.unchanged]];
  for (const [label, n] of rows) out(`  ${label.padEnd(34)}${number(n).padStart(8)}\n`);
}

function printSamples(preview: ImportPreview, limit = 10): void {
  const s = preview.samples;
  if (!s) return;
  const who = (id: string | null) => (id === null ? '(top)' : s.names[id] ? `${id} (${s.names[id]})` : id);
  for (const p of s.added.slice(0, limit)) out(`  + ${p.personId} ${p.name}\n`);
  for (const c of s.changed.filter((x) => x.moved).slice(0, limit)) out(`  → ${c.after.personId} ${c.after.name}: ${who(c.before.managerId)} → ${who(c.after.managerId)}\n`);
  for (const c of s.changed.filter((x) => x.renamed).slice(0, limit)) out(`  ✎ ${c.after.personId} ${c.before.name} → ${c.after.name}\n`);
  for (const p of s.left.slice(0, limit)) out(`  − ${p.personId} ${p.name}\n`);
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

async function importPeople(file: string, o: { tenant: string; dryRun?: boolean; map: string[] }): Promise<void> {
  const bytes = await readFile(file).catch(() => {
    throw new SpejlError('BAD_INPUT', `cannot read ${file}: check the path`);
  });
  const upload = { fileName: basename(file), bytes: new Uint8Array(bytes), mapping: mappingOf(o.map) };
  await withDatabase(async (db) => {
    const tenantId = await tenantIdBySlug(db, o.tenant);
    if (bytes.length > 200_000) err(`reading ${upload.fileName} (${number(Math.round(bytes.length / 1024))} KB)…\n`);
    const preview = await withTenant(db, tenantId, (tx) => previewPeopleImport(tx, upload)).catch((error: unknown) => {
      throw error instanceof SpejlError ? new SpejlError(error.kind, `${upload.fileName}: ${error.message}`, error.issues) : error;
    });
    if (preview.errors.length > 0 || !preview.counts) {
      const n = preview.errors.length;
      throw new SpejlError('BAD_INPUT', `${upload.fileName} has ${n} ${n === 1 ? 'problem' : 'problems'}; nothing was imported`, preview.errors);
    }
    printWarnings(preview.warnings, upload.fileName);
    out(`${upload.fileName}: ${number(preview.rows)} people (${preview.format})\n`);
    printCounts(preview.counts);
    printSamples(preview);
    if (o.dryRun) {
      out('dry run: nothing was changed; run again without --dry-run to apply\n');
      return;
    }
    const actor = { userId: null, label: `cli (${userInfo().username})` };
    const result = await withTenant(db, tenantId, async (tx) => {
      const applied = await applyPeopleImport(tx, upload, { actor, source: 'cli', token: preview.token!, onProgress: progressPrinter(() => preview.rows) });
      await recordAudit(tx, { tenantId, actorUserId: null, action: 'people.import', target: upload.fileName, details: { ...applied.counts, via: 'cli' } });
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
    .description('import the HR system\'s people file (CSV or XLSX): prints the diff, then applies it all at once (or nothing if any row is bad)')
    .requiredOption('--tenant <slug>', 'the tenant')
    .option('--dry-run', 'only validate and print the diff')
    .option('--map <field=Header>', 'which column holds a field, e.g. --map person_id=Medarbejdernr (repeatable; remembered per tenant)', (v: string, all: string[]) => [...all, v], [])
    .argument('<file>', 'the people file: person_id,name,email,manager_id,faggruppe,unit_name')
    .action((file: string, o: { tenant: string; dryRun?: boolean; map: string[] }) => importPeople(file, o));
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
