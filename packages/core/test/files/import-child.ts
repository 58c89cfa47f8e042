/**
 * Runs one import in a process of its own and prints what it cost, so a test can hold an
 * import to a memory cap (peak RSS is per process; inside vitest it would measure vitest).
 * Usage: node --import tsx import-child.ts <job> [argument]
 *   people-apply <file>        applies the people file whose base64 is in `file`, as the API receives it
 *   people-read <file>         only reads and validates that file (no database)
 *   responses-read <file>      reads and validates the responses CSV in `file` against a round of 8 statements (no database)
 *   xlsx-bomb <honest|lying>   reads a workbook whose sheet inflates to gigabytes; its zip
 *                              directory says so (honest) or claims a small sheet (lying)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { SpejlError } from '../../src/errors/spejl-error.ts';
import { applyPeopleImport } from '../../src/hierarchy/people-import.ts';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';
import { collectUploadedTable } from '../../src/hierarchy/uploaded-table.ts';
import { validateResponses } from '../../src/responses/responses-file.ts';
import { xlsxBomb } from './generated-files.ts';

const rssMb = () => Math.round(process.memoryUsage().rss / 1048576);

async function peopleApply(file: string): Promise<Record<string, unknown>> {
  // The cap is PostgreSQL's (see import-memory.test.ts); PGlite when no server is configured.
  const engines = testEngines();
  const engine = engines.find((e) => e.name === 'postgres') ?? engines[0]!;
  const handle = await engine.open();
  try {
    const tenant = await handle.db.insertInto('tenants').values({ slug: 'memory', name: 'memory', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    const before = rssMb();
    const bytes = new Uint8Array(Buffer.from(readFileSync(file, 'latin1'), 'base64'));
    const result = await withTenant(handle.db, tenant.id, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes }, { actor: { userId: null, label: 'memory' }, source: 'cli' }));
    return { outcome: `added ${result.counts.added}`, engine: engine.name, rssBeforeMb: before };
  } finally {
    await handle.close();
  }
}

async function peopleRead(file: string): Promise<Record<string, unknown>> {
  const read = await readPeopleFile(new Uint8Array(Buffer.from(readFileSync(file, 'latin1'), 'base64')));
  return { outcome: `read ${read.people.length}, ${read.errors.length} errors` };
}

async function responsesRead(file: string): Promise<Record<string, unknown>> {
  const itemKeys = Array.from({ length: 8 }, (_, i) => `tema.udsagn${i + 1}`);
  const round = { itemKeys, questionKeys: [], subjects: new Map(), existing: new Map() };
  const { forms, errors, problems } = validateResponses(await collectUploadedTable(readFileSync(file)), round);
  const more = errors.at(-1)?.code === 'file.moreProblems' ? errors.at(-1)!.params!.count : 0;
  return { outcome: `${forms.length} forms, ${errors.length} issues listed, ${problems} problems, ${more} more` };
}

async function bomb(kind: string): Promise<Record<string, unknown>> {
  try {
    await readPeopleFile(xlsxBomb({ honest: kind === 'honest' }));
    return { outcome: 'read' };
  } catch (error) {
    if (error instanceof SpejlError) return { outcome: 'refused', code: error.issues[0]?.code };
    throw error;
  }
}

const JOBS: Record<string, (argument: string) => Promise<Record<string, unknown>>> = { 'people-apply': peopleApply, 'people-read': peopleRead, 'responses-read': responsesRead, 'xlsx-bomb': bomb };
const [job, argument] = process.argv.slice(2);
const started = performance.now();
const report = await JOBS[job!]!(argument ?? '');
const ms = Math.round(performance.now() - started);
process.stdout.write(`${JSON.stringify({ ...report, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
