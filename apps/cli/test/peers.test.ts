import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpejl } from './harness/run-spejl.ts';

// Leaders: 1001 (top) → 1002, 1003; 1002 → 1004, 1005; 1003 → 1013; 1004, 1005 and 1013 lead one each.
const PEOPLE = [
  'person_id;name;email;manager_id',
  '1001;Birgitte Ravn;bira@egeskov.dk;',
  '1002;Ole Kjærgaard;okj@egeskov.dk;1001',
  '1003;Hanne Østergård;hoe@egeskov.dk;1001',
  '1004;Mads Bæk;mab@egeskov.dk;1002',
  '1005;Lise Sørensen;lis@egeskov.dk;1002',
  '1013;Grethe Bach;gb@egeskov.dk;1003',
  '1006;Jens Lund;jlu@egeskov.dk;1004',
  '1011;Signe Kjær;sk@egeskov.dk;1005',
  '1014;Frederik Holm;fh@egeskov.dk;1013',
];

// On PGlite only: the import itself runs on every engine in packages/core/test/peers.
describe('spejl peers import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-peers-'));
  const env: Record<string, string> = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SPEJL_LINK_SECRET: 'cli-test-link-secret-0123456789-abcdefghijk', SMTP_URL: '', LC_ALL: 'en_GB.UTF-8' };
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const spejl = (...args: string[]) => runSpejl(args, env);

  beforeAll(async () => {
    expect((await spejl('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune')).code).toBe(0);
    expect((await spejl('people', 'import', '--tenant', 'egeskov', file('people.csv', PEOPLE.join('\n')))).code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file with an employee smuggled in as a peer, naming every bad row, in English and Danish', async () => {
    const path = file('bad.csv', 'subject_id;peer_id\n1004;1005\n1002;1005\n1004;1006\n');
    const english = await spejl('peers', 'import', '--tenant', 'egeskov', path);
    expect(english.code).toBe(1);
    expect(english.stdout).toBe('');
    expect(english.stderr).toContain('bad.csv was not imported: 2 problems');
    expect(english.stderr).toContain('line 3, column peer_id: Lise Sørensen (1005) is one of the employees of Ole Kjærgaard (1002)');
    expect(english.stderr).toContain('line 4, column peer_id: Jens Lund (1006) has no direct reports');
    const danish = await spejl('peers', 'import', '--tenant', 'egeskov', path, '--lang', 'da');
    expect(danish.stderr).toContain('Lise Sørensen (1005) er medarbejder hos Ole Kjærgaard (1002)');
  }, 60_000);

  it('imports the standing list, and a draft round\'s own list with --round', async () => {
    const standing = await spejl('peers', 'import', '--tenant', 'egeskov', file('good.csv', '\uFEFFsubject_id,peer_id\r\n1004,1005\r\n1004,1013\r\n1005,1004\r\n'));
    expect(standing.stderr).toBe('');
    expect(standing.stdout).toBe('imported 3 peers of 2 leaders into the standing list\n');
    const roundId = (await spejl('round', 'create', '--tenant', 'egeskov', '--name', 'Forår', '--themes', 'borgerorientering')).stdout.trim();
    const own = await spejl('peers', 'import', '--tenant', 'egeskov', '--round', 'forår', file('round.csv', 'peer_id;subject_id\n1003;1004\n'));
    expect(own.stdout).toBe(`imported 1 peers of 1 leaders into round ${roundId}\n`);
  }, 60_000);

  it('clears a round\'s own list that stops its launch, after which the round launches without peers (the standing list is for rounds that ask peers)', async () => {
    const refused = await spejl('round', 'launch', '--tenant', 'egeskov', '--round', 'forår', '--lang', 'da');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Målingen har sideordnede ledere, men ingen af dens temaer har udsagn til sideordnede ledere');
    const cleared = await spejl('peers', 'clear', '--tenant', 'egeskov', '--round', 'forår');
    expect(cleared.stdout).toMatch(/^removed 1 peers from round [0-9a-f-]{36}\n$/);
    const launched = await spejl('round', 'launch', '--tenant', 'egeskov', '--round', 'forår');
    expect(launched.code).toBe(0);
    expect(launched.stdout).toContain('launched "Forår"');
    expect((await spejl('peers', 'clear', '--tenant', 'egeskov', '--round', 'forår')).stderr).toContain('error: the round is open: its peers were fixed when it was launched');
  }, 90_000);
});

