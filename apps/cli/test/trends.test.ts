import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpejl } from './harness/run-spejl.ts';

const FIXTURES = fileURLToPath(new URL('../../../packages/core/test/rollup/fixtures/', import.meta.url));

interface TrendJson {
  round: { id: string; name: string; closedAt: string };
  group: string;
  rounds: { id: string; name: string; closedAt: string }[];
  themes: Record<string, ({ shown: true; mean: number; n: number } | { shown: false; reason: string })[]>;
}

describe('spejl report --format json carries the trend, checkable against the earlier round', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-trend-'));
  const env = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SPEJL_LINK_SECRET: 'cli-test-link-secret-0123456789-abcdefghijk', SMTP_URL: '', LC_ALL: 'en_GB.UTF-8' };
  const rounds: string[] = [];
  const ok = async (...args: string[]) => {
    const run = await runSpejl(args, env);
    if (run.code !== 0) throw new Error(`spejl ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  };

  beforeAll(async () => {
    await ok('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune');
    await ok('people', 'import', '--tenant', 'egeskov', join(FIXTURES, 'egeskov-people.csv'));
    for (const name of ['Ledelsesevaluering 2024', 'Ledelsesevaluering 2025']) {
      const id = (await ok('round', 'create', '--tenant', 'egeskov', '--name', name, '--themes', 'borgerorientering')).trim().split(/\s+/).pop()!;
      await ok('round', 'launch', '--tenant', 'egeskov', '--round', id);
      await ok('round', 'close', '--tenant', 'egeskov', '--round', id);
      await ok('responses', 'import', '--tenant', 'egeskov', '--round', id, join(FIXTURES, 'egeskov-responses.csv'));
      rounds.push(id);
    }
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives Mads Bæk's earlier published theme mean with the round's id, name and close date, equal to that round's own roll-up", async () => {
    const out = join(dir, 'mads.json');
    await ok('report', '--tenant', 'egeskov', '--round', rounds[1]!, '--leader', '1004', '--format', 'json', '--out', out);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { title: string; trend: TrendJson; blocks: { type: string }[] };
    expect(report.title).toBe('Mads Bæk');
    expect(report.trend.round).toMatchObject({ id: rounds[1], name: 'Ledelsesevaluering 2025' });
    expect(report.trend.group).toBe('direct');
    expect(report.trend.rounds).toEqual([{ id: rounds[0], name: 'Ledelsesevaluering 2024', closedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    const [point] = report.trend.themes.borgerorientering!;
    expect(point).toMatchObject({ shown: true, n: 5 });
    // Checked independently: the earlier round's own roll-up export publishes the same mean for the same group.
    const rollup = JSON.parse(await ok('rollup', 'export', '--tenant', 'egeskov', '--round', rounds[0]!, '--format', 'json')) as { leader_id: string; scope: string; rater_role: string; theme_id: string; item_id: string; mean: number | string | null; suppressed: boolean }[];
    const row = rollup.find((r) => r.leader_id === '1004' && r.scope === 'direct' && r.rater_role === 'employee' && r.theme_id === 'borgerorientering' && r.item_id === '*')!;
    expect(row.suppressed).toBe(false);
    expect(Number(row.mean)).toBeCloseTo((point as { mean: number }).mean, 4);
    expect(report.blocks.some((b) => b.type === 'trend')).toBe(true);
  }, 120_000);

  it('says why a withheld team has no earlier figure, and carries no figure for it', async () => {
    const out = join(dir, 'lise.json');
    await ok('report', '--tenant', 'egeskov', '--round', rounds[1]!, '--leader', '1005', '--format', 'json', '--out', out);
    const { trend } = JSON.parse(readFileSync(out, 'utf8')) as { trend: TrendJson };
    expect(trend.themes.borgerorientering).toEqual([{ shown: false, reason: 'not-published' }]);
  }, 120_000);
});
