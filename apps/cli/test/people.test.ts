import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { runSpejl } from './harness/run-spejl.ts';

const HEADER = 'person_id;name;email;manager_id;faggruppe;unit_name';
const PEOPLE = [
  '1001;Birgitte Ravn;bira@egeskov.dk;;administration;Direktionen',
  '1002;Ole Kjærgaard;okj@egeskov.dk;1001;administration;Børn og Unge',
  '1004;Mads Bæk;mab@egeskov.dk;1002;lærer;Ågade Skole',
  '1005;"Sørensen; Lise";lis@egeskov.dk;1002;pædagog;Børnehuset Mælkebøtten',
  '1006;Jens Lund;jlu@egeskov.dk;1004;lærer;',
  '1007;Karen Dahl;kda@egeskov.dk;1004;lærer;',
];

describe.each([
  { name: 'pglite', url: '' },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', url: process.env.DATABASE_URL }] : []),
])('spejl people on $name', ({ url }) => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-people-'));
  const database = `spejl_cli_people_${randomBytes(5).toString('hex')}`;
  // These assertions read the English; Danish, the default, is walked in danish.test.ts.
  const env: Record<string, string> = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LC_ALL: 'en_GB.UTF-8' };
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
    return path;
  };
  const spejl = (...args: string[]) => runSpejl(args, env);

  beforeAll(async () => {
    if (url) {
      await admin(`CREATE DATABASE ${database}`);
      const target = new URL(url);
      target.pathname = `/${database}`;
      env.DATABASE_URL = target.toString();
    }
    expect((await spejl('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune')).code).toBe(0);
  });
  afterAll(async () => {
    if (url) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file with errors, listing every bad line on stderr, and imports nothing', async () => {
    const bad = await spejl('people', 'import', '--tenant', 'egeskov', file('bad.csv', [...PEOPLE, '1008;;x@egeskov;9999;lærer;']));
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n')).toEqual(expect.arrayContaining([
      'error: bad.csv has 3 problems; nothing was imported',
      '  line 8, column name: The name is empty. Every person needs a name.',
      '  line 8, column email: "x@egeskov" is not a valid email address. Write it like navn@kommune.dk.',
      expect.stringMatching(/^ {2}line 8, column manager_id: "9999" is not a person_id in this file/),
    ]));
    const dry = await spejl('people', 'import', '--tenant', 'egeskov', '--dry-run', file('good.csv', PEOPLE));
    expect(dry.stdout).toMatch(/new\s+6\n/);
    expect(dry.stdout).toMatch(/dry run: nothing was changed/);
  });

  it('says an empty or UTF-16 file is what it is, once, naming the file, and imports nothing', async () => {
    writeFileSync(join(dir, 'empty.csv'), '');
    const empty = await spejl('people', 'import', '--tenant', 'egeskov', join(dir, 'empty.csv'));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe('error: empty.csv: the file is empty (0 bytes); export the file from the HR system again and upload that\n');
    writeFileSync(join(dir, 'unicode.txt'), Buffer.from([HEADER, ...PEOPLE].join('\r\n'), 'utf16le'));
    const unicode = await spejl('people', 'import', '--tenant', 'egeskov', '--dry-run', join(dir, 'unicode.txt'));
    expect(unicode.stderr).toMatch(/^error: unicode\.txt: the file is UTF-16 .*save it as "CSV UTF-8"/);
  });

  it('imports, shows a correct diff on re-import, and round-trips through export', async () => {
    const first = await spejl('people', 'import', '--tenant', 'egeskov', file('good.csv', PEOPLE));
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/applied: 6 new, 0 moved, 0 renamed, 0 updated, 0 left/);
    const changed = [...PEOPLE.slice(0, 4), '1006;Jens Lund;jlu@egeskov.dk;1005;lærer;', '1009;Åse Nielsen;asn@egeskov.dk;1004;lærer;'];
    // One of six leaves and one moves: 33 %, past the default 10 %, so it is applied only when confirmed.
    const unconfirmed = await spejl('people', 'import', '--tenant', 'egeskov', file('next.csv', changed));
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toBe('error: next.csv: nothing was imported: this import marks 1 of the 6 people as having left and moves 1 to another manager (33.3 %), more than the 10 % that may change without confirmation; check who leaves and who moves (--dry-run lists them), then run again with --confirm-large-change\n');
    const dry = await spejl('people', 'import', '--tenant', 'egeskov', '--dry-run', file('next.csv', changed));
    expect(dry.stdout).toContain('dry run: nothing was changed; run again without --dry-run and with --confirm-large-change to apply\n');
    expect(dry.stdout).toMatch(/left\s+1\n/);
    const second = await spejl('people', 'import', '--tenant', 'egeskov', '--confirm-large-change', file('next.csv', changed));
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/new\s+1\n\s+moved \(new manager\)\s+1\n\s+renamed\s+0\n\s+updated.*0\n\s+left\s+1\n\s+unchanged\s+4\n/);
    expect(second.stdout).toContain('→ 1006 Jens Lund: 1004 (Mads Bæk) → 1005 (Sørensen; Lise)');
    expect(second.stdout).toContain('− 1007 Karen Dahl');
    const out = join(dir, 'export.csv');
    expect((await spejl('people', 'export', '--tenant', 'egeskov', '--out', out)).code).toBe(0);
    const again = await spejl('people', 'import', '--tenant', 'egeskov', '--dry-run', out);
    expect(again.stdout).toMatch(/new\s+0\n\s+moved \(new manager\)\s+0\n\s+renamed\s+0\n\s+updated.*0\n\s+left\s+0\n\s+unchanged\s+6\n/);
  });

  it('names the reading a |-separated file needs, and reads it with --delimiter', async () => {
    const path = join(dir, 'piped.csv');
    writeFileSync(path, [HEADER, ...PEOPLE].map((l) => l.replace(/;(?! )/g, '|')).join('\n'));
    const guessed = await spejl('people', 'import', '--tenant', 'egeskov', '--dry-run', path);
    expect(guessed.code).toBe(1);
    expect(guessed.stderr).toMatch(/^error: piped\.csv has 1 problem; nothing was imported; read with --delimiter '\|' it has its columns: run again with that\n {2}line 1: the header is one column with "\|"/);
    const read = await spejl('people', 'import', '--tenant', 'egeskov', '--dry-run', '--delimiter', '|', path);
    expect(read.code).toBe(0);
    expect(read.stdout).toMatch(/piped\.csv: 6 people \(csv\)/);
    const wrong = await spejl('people', 'import', '--tenant', 'egeskov', '--dry-run', '--delimiter', ':', path);
    expect(wrong.stderr).toBe('error: --delimiter ":" is not a separator Spejl reads; use a semicolon, a comma, a vertical bar or tab\n');
  });

  it('maps unusual headers with --map', async () => {
    const path = join(dir, 'mapped.csv');
    writeFileSync(path, 'Nr;Fuldt navn;Adresse;Chef\n1001;Birgitte Ravn;bira@egeskov.dk;\n');
    const mapped = await spejl('people', 'import', '--tenant', 'egeskov', '--dry-run', '--map', 'person_id=Nr', '--map', 'name=Fuldt navn', '--map', 'email=Adresse', '--map', 'manager_id=Chef', path);
    expect(mapped.stdout).toMatch(/left\s+5\n/);
  });
});
