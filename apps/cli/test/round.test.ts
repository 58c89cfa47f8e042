import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { runSpejl } from './harness/run-spejl.ts';

const PEOPLE = [
  'person_id;name;email;manager_id;faggruppe;unit_name',
  '1001;Birgitte Ravn;bira@egeskov.dk;;administration;Direktionen',
  '1002;Ole Kjærgaard;okj@egeskov.dk;1001;administration;Børn og Unge',
  '1004;Mads Bæk;mab@egeskov.dk;1002;lærer;Ågade Skole',
  '1006;Jens Lund;jlu@egeskov.dk;1004;lærer;',
  '1007;Karen Dahl;kda@egeskov.dk;1004;lærer;',
];
const RESPONSES = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi';

describe.each([
  { name: 'pglite', url: '' },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', url: process.env.DATABASE_URL }] : []),
])('spejl round and spejl responses on $name', ({ url }) => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-round-'));
  const database = `spejl_cli_round_${randomBytes(5).toString('hex')}`;
  // These assertions read the English; Danish, the default, is walked in danish.test.ts.
  const env: Record<string, string> = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SPEJL_LINK_SECRET: 'cli-test-link-secret-0123456789-abcdefghijk', SMTP_URL: '', LC_ALL: 'en_GB.UTF-8' };
  let roundId = '';
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
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
    expect((await spejl('people', 'import', '--tenant', 'egeskov', file('people.csv', PEOPLE.join('\n')))).code).toBe(0);
  });
  afterAll(async () => {
    if (url) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a round and prints only its id', async () => {
    const created = await spejl('round', 'create', '--tenant', 'egeskov', '--name', 'Forår 2026', '--themes', 'borgerorientering');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    roundId = created.stdout.trim();
    expect(roundId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names an unknown theme and an unknown tenant on stderr with exit 1', async () => {
    const theme = await spejl('round', 'create', '--tenant', 'egeskov', '--name', 'X', '--themes', 'humor');
    expect(theme.code).toBe(1);
    expect(theme.stderr).toContain('there is no theme "humor"');
    const tenant = await spejl('round', 'launch', '--tenant', 'nowhere', '--round', roundId);
    expect(tenant.code).toBe(1);
    expect(tenant.stderr).toContain('there is no tenant "nowhere"');
  });

  it('launches: forms derived, invitations handled (into the outbox without SMTP, links withheld, with a warning)', async () => {
    const launched = await spejl('round', 'launch', '--tenant', 'egeskov', '--round', roundId);
    expect(launched.stderr).toContain('warning: SMTP_URL is not set, so the invitations were not sent');
    expect(launched.stdout).toContain('launched "Forår 2026": 3 leaders, 5 respondents, 9 forms; 5 invitations handled');
    expect((await spejl('round', 'launch', '--tenant', 'egeskov', '--round', roundId)).stderr).toContain('only a draft round can be launched');
  });

  it('refuses a responses file while the round is open, and says why', async () => {
    const early = await spejl('responses', 'import', '--tenant', 'egeskov', '--round', roundId, file('early.csv', `${RESPONSES}\n1004,employee,4,4,4,4\n`));
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('forms can be imported only into a closed round');
  });

  it('lists the rounds and finds one by its name, or says which there are', async () => {
    const listed = await spejl('round', 'list', '--tenant', 'egeskov');
    expect(listed.stdout).toMatch(new RegExp(`^${roundId}  open +\\d{4}-\\d{2}-\\d{2}  Forår 2026\\n$`));
    const unknown = await spejl('rollup', 'export', '--tenant', 'egeskov', '--round', 'Efterår 2026');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('there is no round "Efterår 2026" in this organisation');
    expect(unknown.stderr).toContain(`${roundId}  open     Forår 2026`);
  });

  it('closes the round, named by its name', async () => {
    const closed = await spejl('round', 'close', '--tenant', 'egeskov', '--round', 'forår 2026');
    expect(closed.stdout).toContain('closed "Forår 2026"');
    expect((await spejl('round', 'close', '--tenant', 'egeskov', '--round', roundId)).stderr).toContain('only an open round can be closed');
  });

  it('imports a responses file into the closed round all or nothing, listing every bad row', async () => {
    const bad = await spejl('responses', 'import', '--tenant', 'egeskov', '--round', roundId, file('bad.csv', `${RESPONSES}\n1004,employee,4,4,4,4\n1006,employee,4,4,4,4\n1004,employee,9,4,4,4\n`));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 3, column subject_id');
    expect(bad.stderr).toContain('line 4, column borgerorientering.kultur');
    const good = await spejl('responses', 'import', '--tenant', 'egeskov', '--round', roundId, file('good.csv', `${RESPONSES}\n1004,employee,4,4,4,4\n1004,self,5,4,ved ikke,4\n`));
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('imported 2 forms (1 employee, 1 self, 0 superior, 0 peer)');
  });
});
