import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpejl } from './harness/run-spejl.ts';

const FIXTURES = fileURLToPath(new URL('../../../packages/core/test/rollup/fixtures/', import.meta.url));

describe('spejl rollup export and spejl report on pglite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-report-'));
  // These assertions read the English; Danish, the default, is walked in danish.test.ts.
  const env = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SPEJL_LINK_SECRET: 'cli-test-link-secret-0123456789-abcdefghijk', SMTP_URL: '', LC_ALL: 'en_GB.UTF-8' };
  let roundId = '';
  const spejl = (...args: string[]) => runSpejl(args, env);
  const ok = async (...args: string[]) => {
    const result = await spejl(...args);
    if (result.code !== 0) throw new Error(`spejl ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  };

  beforeAll(async () => {
    await ok('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune');
    await ok('people', 'import', '--tenant', 'egeskov', join(FIXTURES, 'egeskov-people.csv'));
    roundId = (await ok('round', 'create', '--tenant', 'egeskov', '--name', 'Ledelsesevaluering 2026', '--themes', 'borgerorientering')).trim().split(/\s+/).pop()!;
    await ok('round', 'launch', '--tenant', 'egeskov', '--round', roundId);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses roll-ups and reports of an open round and writes nothing, then closes it and imports its paper forms', async () => {
    const rollup = await spejl('rollup', 'export', '--tenant', 'egeskov', '--round', roundId, '--out', join(dir, 'open.csv'));
    expect(rollup.code).toBe(1);
    expect(rollup.stderr).toMatch(/is still open; its answers are rolled up when it has closed/);
    const refused = await spejl('report', '--tenant', 'egeskov', '--round', roundId, '--leader', '1004', '--format', 'pdf', '--out', join(dir, 'x.pdf'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is open; its reports are made when it has closed/);
    expect(existsSync(join(dir, 'x.pdf')) || existsSync(join(dir, 'open.csv'))).toBe(false);
    await ok('round', 'close', '--tenant', 'egeskov', '--round', roundId);
    // A file goes only into a closed round that no link answered.
    await ok('responses', 'import', '--tenant', 'egeskov', '--round', roundId, join(FIXTURES, 'egeskov-responses.csv'));
  }, 120_000); // four command-line runs, each starting the embedded database

  it("exports the roll-up with Mads Bæk's team shown and Lise Sørensen's two answers withheld", async () => {
    const out = join(dir, 'rollup.csv');
    await ok('rollup', 'export', '--tenant', 'egeskov', '--round', roundId, '--out', out);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('leader_id,scope,rater_role,theme_id,item_id,forms,answered,dont_know,mean,sd,n1,n2,n3,n4,n5,suppressed');
    expect(lines.find((l) => l.startsWith('1004,direct,employee,borgerorientering,*,'))).toMatch(/^1004,direct,employee,borgerorientering,\*,5,5,0,3\.9000,/);
    expect(lines.find((l) => l.startsWith('1005,direct,employee,borgerorientering,*,'))).toBe('1005,direct,employee,borgerorientering,*,2,,,,,,,,,,true');
    const json = JSON.parse(await ok('rollup', 'export', '--tenant', 'egeskov', '--round', roundId, '--format', 'json')) as { leader_id: string; suppressed: boolean }[];
    expect(json.length).toBe(readFileSync(out, 'utf8').trim().split('\n').length - 1);
  }, 60_000);

  it('writes PDF, HTML and JSON reports of the closed round', async () => {
    await ok('report', '--tenant', 'egeskov', '--round', roundId, '--leader', '1004', '--format', 'pdf', '--out', join(dir, 'mads.pdf'));
    expect(readFileSync(join(dir, 'mads.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    await ok('report', '--tenant', 'egeskov', '--round', roundId, '--leader', '1004', '--format', 'html', '--out', join(dir, 'mads.html'));
    expect(readFileSync(join(dir, 'mads.html'), 'utf8')).toContain('<h1>Mads Bæk</h1>');
    await ok('report', '--tenant', 'egeskov', '--round', roundId, '--report', 'chain', '--leader', '1002', '--format', 'json', '--out', join(dir, 'ole.json'));
    expect(JSON.parse(readFileSync(join(dir, 'ole.json'), 'utf8'))).toMatchObject({ title: 'Ole Kjærgaard', locale: 'da' });
  }, 120_000);

  it('names a bad leader and a bad format, and writes nothing', async () => {
    const before = readdirSync(dir).length;
    const leader = await spejl('report', '--tenant', 'egeskov', '--round', roundId, '--leader', '1006', '--format', 'pdf', '--out', join(dir, 'jens.pdf'));
    expect(leader.code).toBe(1);
    expect(leader.stderr).toContain('"1006" is not a leader in this round');
    const format = await spejl('report', '--tenant', 'egeskov', '--round', roundId, '--leader', '1004', '--format', 'docx', '--out', join(dir, 'm.docx'));
    expect(format.stderr).toBe('error: --format "docx" is not allowed; choose one of html, pdf, json\n');
    expect(readdirSync(dir).length).toBe(before);
  }, 60_000);
});
