import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError } from '@spejl/error-catalogue';
import { runSpejl } from './harness/run-spejl.ts';

const PEOPLE = fileURLToPath(new URL('../../../packages/core/test/rollup/fixtures/egeskov-people.csv', import.meta.url));
// A file name is written to the log as it was given: built to be a live formula in a spreadsheet.
const HOSTILE_NAME = "=HYPERLINK(\"http:;evil.example\";\"x\"),@SUM(1+1).csv";

// On PGlite only (each run starts the embedded database); the log's queries run on every engine in packages/api/test/audit-log.test.ts.
describe('spejl audit export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-audit-'));
  const env: Record<string, string> = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SMTP_URL: '', LC_ALL: 'en_GB.UTF-8' };
  const spejl = (...args: string[]) => runSpejl(args, env);
  const ok = async (...args: string[]) => {
    const run = await spejl(...args);
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  };

  beforeAll(async () => {
    copyFileSync(PEOPLE, join(dir, HOSTILE_NAME));
    await ok('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune');
    await ok('tenant', 'create', '--slug', 'naboby', '--name', 'Naboby Kommune');
    await ok('people', 'import', '--tenant', 'egeskov', join(dir, HOSTILE_NAME));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the columns DESIGN.md names, with the import, and a hostile file name as text', async () => {
    await ok('audit', 'export', '--tenant', 'egeskov', '--out', join(dir, 'audit.csv'));
    const csv = readFileSync(join(dir, 'audit.csv'), 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, delimiter: ';' });
    expect(parsed.meta.fields).toEqual(['at', 'actor_email', 'actor_role', 'action', 'subject', 'details']);
    const row = parsed.data.find((r) => r.action === 'people.import')!;
    expect(row).toMatchObject({ actor_email: '', actor_role: 'system' });
    expect(row.subject!.startsWith("'=")).toBe(true);
    // Where a reader splitting at `,` or `;` would start a cell inside the field, the formula is guarded too.
    expect(row.subject).not.toMatch(/[,;]=|[,;]@/);
    expect(JSON.parse(row.details!)).toMatchObject({ via: 'cli' });
  }, 60_000);

  it("gives one tenant's log only: the other tenant's export has none of its entries", async () => {
    const other = await ok('audit', 'export', '--tenant', 'naboby');
    expect(other).not.toContain('people.import');
    expect(other).not.toContain('HYPERLINK');
  }, 60_000);

  it('keeps --since: a day after today gives the header alone', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const csv = await ok('audit', 'export', '--tenant', 'egeskov', '--since', tomorrow);
    expect(csv.trim().split('\r\n')).toHaveLength(1);
  }, 60_000);

  it.each(['2026-13-40', "2026-01-01' OR 1=1 --", 'yesterday'])('refuses --since %s, coded, in English and Danish', async (since) => {
    const run = await spejl('audit', 'export', '--tenant', 'egeskov', '--since', since);
    expect(run).toMatchObject({ code: 1, stderr: `error: ${renderError('audit.badDate', { value: since }, 'en')}\n` });
    const danish = await runSpejl(['audit', 'export', '--tenant', 'egeskov', '--since', since], { ...env, LC_ALL: 'da_DK.UTF-8' });
    expect(danish.stderr).toBe(`fejl: ${renderError('audit.badDate', { value: since }, 'da')}\n`);
  }, 60_000);

  it('refuses a tenant that does not exist without naming the others', async () => {
    const run = await spejl('audit', 'export', '--tenant', 'nowhere');
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('people.import');
  }, 60_000);
});
