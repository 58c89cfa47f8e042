import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError } from '@spejl/error-catalogue';
import { runSpejl } from './harness/run-spejl.ts';

const FIXTURES = fileURLToPath(new URL('../../../packages/core/test/rollup/fixtures/', import.meta.url));

// On PGlite (each run starts the embedded database); the same steps run on every engine in packages/core/test/retention.
describe('spejl retention apply and spejl person erase|export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-retention-'));
  const env = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SPEJL_LINK_SECRET: 'cli-test-link-secret-0123456789-abcdefghijk', SMTP_URL: '', LC_ALL: 'en_GB.UTF-8' };
  const spejl = (...args: string[]) => runSpejl(args, env);
  const ok = async (...args: string[]) => {
    const result = await spejl(...args);
    if (result.code !== 0) throw new Error(`spejl ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  };
  let roundId = '';
  let before = '';
  const rollup = () => ok('rollup', 'export', '--tenant', 'egeskov', '--round', roundId);

  beforeAll(async () => {
    await ok('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune');
    await ok('people', 'import', '--tenant', 'egeskov', join(FIXTURES, 'egeskov-people.csv'));
    roundId = (await ok('round', 'create', '--tenant', 'egeskov', '--name', 'Måling 2026', '--themes', 'borgerorientering')).trim().split(/\s+/).pop()!;
    await ok('round', 'launch', '--tenant', 'egeskov', '--round', roundId);
    await ok('round', 'close', '--tenant', 'egeskov', '--round', roundId);
    await ok('responses', 'import', '--tenant', 'egeskov', '--round', roundId, join(FIXTURES, 'egeskov-responses.csv'));
    before = await rollup();
    // Jørgen Friis (1016) leaves.
    const later = readFileSync(join(FIXTURES, 'egeskov-people.csv'), 'utf8').split('\n').filter((l) => !l.startsWith('1016;')).join('\n');
    writeFileSync(join(dir, 'later.csv'), later);
    await ok('people', 'import', '--tenant', 'egeskov', join(dir, 'later.csv'), '--confirm-large-change');
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds nothing due before the period has run out', async () => {
    expect(await ok('retention', 'apply', '--tenant', 'egeskov', '--dry-run')).toMatch(/^dry run: retention 24 months, as of \d{4}-\d{2}-\d{2}: 0 round\(s\) due\n/);
  }, 60_000);

  it('prints per table what a dry run would delete, and deletes nothing', async () => {
    const out = await ok('retention', 'apply', '--tenant', 'egeskov', '--as-of', '2099-01-01', '--dry-run');
    expect(out).toContain(`Måling 2026 (${roundId})`);
    expect(out).toContain('  round_respondents: 16\n');
    expect(out).toContain('nothing was changed');
    const exported = JSON.parse(await ok('person', 'export', '--tenant', 'egeskov', '--person', '1016')) as { tables: Record<string, { name?: string }[]> };
    expect(exported.tables.round_respondents?.[0]?.name).toBe('Jørgen Friis');
  }, 60_000);

  it('applies: the round keeps its numbers, the leaver keeps no name, the audit log has the apply', async () => {
    const out = await ok('retention', 'apply', '--tenant', 'egeskov', '--as-of', '2099-01-01');
    expect(out).not.toContain('dry run');
    expect(await rollup()).toBe(before);
    const exported = await ok('person', 'export', '--tenant', 'egeskov', '--person', '1016');
    expect(exported).not.toContain('Jørgen Friis');
    expect(await ok('audit', 'export', '--tenant', 'egeskov')).toContain('retention.apply');
  }, 60_000);

  it('erases a person on request, keeping the numbers', async () => {
    const out = await ok('person', 'erase', '--tenant', 'egeskov', '--person', '1015');
    expect(out).toMatch(/^erased 1015; the audit log now says slettet-[0-9a-f]{8}\n/);
    expect(await rollup()).toBe(before);
    const refused = await spejl('person', 'erase', '--tenant', 'egeskov', '--person', '1004');
    expect(refused).toMatchObject({ code: 1, stderr: `error: ${renderError('retention.personHasReports', { name: 'Mads Bæk' }, 'en')}\n` });
  }, 60_000);

  it.each(['2026-13-40', 'tomorrow'])('refuses --as-of %s, coded', async (asOf) => {
    const run = await spejl('retention', 'apply', '--tenant', 'egeskov', '--as-of', asOf);
    expect(run).toMatchObject({ code: 1, stderr: `error: ${renderError('retention.badDate', { value: asOf }, 'en')}\n` });
  }, 60_000);
});
