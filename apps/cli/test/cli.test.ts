import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { databaseFromEnv, type Database, type Kysely } from '@spejl/db';
import { runSpejl } from './harness/run-spejl.ts';


interface Target {
  name: string;
  /** Environment that points the CLI at this database. */
  env(): Promise<Record<string, string>>;
  cleanup(): Promise<void>;
}

function pgliteTarget(): Target {
  let dir = '';
  return {
    name: 'pglite',
    env: async () => {
      dir ||= mkdtempSync(join(tmpdir(), 'spejl-cli-'));
      return { SPEJL_DATA_DIR: dir, DATABASE_URL: '' };
    },
    cleanup: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresTarget(url: string): Target {
  const name = `spejl_cli_${randomBytes(6).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'spejl-cli-pg-'));
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  let created = false;
  return {
    name: 'postgres',
    env: async () => {
      if (!created) await admin(`CREATE DATABASE ${name}`);
      created = true;
      const target = new URL(url);
      target.pathname = `/${name}`;
      return { DATABASE_URL: target.toString(), SPEJL_DATA_DIR: dir };
    },
    cleanup: async () => {
      if (created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const targets = [pgliteTarget(), ...(process.env.DATABASE_URL ? [postgresTarget(process.env.DATABASE_URL)] : [])];

describe.each(targets)('spejl command line on $name', (target) => {
  let env: Record<string, string>;

  /** Runs `spejl …` as a separate process, as a person would from the repository root. */
  // These assertions read the English; Danish, the default, is walked in danish.test.ts.
  const spejl = (...args: string[]) => runSpejl(args, { LC_ALL: 'en_GB.UTF-8', ...env });

  async function inspect<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    const handle = await databaseFromEnv({ ...process.env, ...env });
    try {
      return await fn(handle.db);
    } finally {
      await handle.close();
    }
  }

  beforeAll(async () => {
    env = await target.env();
  });
  afterAll(() => target.cleanup());

  it('migrates, then reports the database up to date', async () => {
    const first = await spejl('migrate');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/applied 0001_foundation/);
    expect((await spejl('migrate')).stdout).toMatch(/up to date/);
  });

  it('creates a tenant with the given sector and threshold', async () => {
    const result = await spejl('tenant', 'create', '--slug', 'vejle', '--name', 'Vejle Kommune', '--sector', 'region', '--threshold', '4');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/created tenant vejle "Vejle Kommune" \(region, threshold 4\)/);
    const row = await inspect((db) => db.selectFrom('tenants').select(['name', 'sector', 'threshold']).where('slug', '=', 'vejle').executeTakeFirst());
    expect(row).toEqual({ name: 'Vejle Kommune', sector: 'region', threshold: 4 });
  });

  it('refuses bad options on stderr with exit 1, naming each problem, and writes nothing', async () => {
    const bad = await spejl('tenant', 'create', '--slug', 'Bad Slug', '--name', 'X', '--sector', 'kommunen', '--threshold', '2');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.split('\n')).toEqual(expect.arrayContaining([expect.stringMatching(/^ {2}at slug: /), expect.stringMatching(/^ {2}at sector: /), '  at threshold: the anonymity threshold is at least 3']));
    const taken = await spejl('tenant', 'create', '--slug', 'vejle', '--name', 'Vejle igen');
    expect(taken).toMatchObject({ code: 1 });
    expect(taken.stderr).toMatch(/the slug "vejle" is already taken/);
    const names = await inspect((db) => db.selectFrom('tenants').select('name').execute());
    expect(names).toEqual([{ name: 'Vejle Kommune' }]);
  });

  it('creates an operator (printing a generated password) and a tenant admin with the given one', async () => {
    const operator = await spejl('user', 'create', '--email', 'Ops@Example.org', '--name', 'Ops', '--operator');
    expect(operator).toMatchObject({ code: 0 });
    expect(operator.stdout).toMatch(/created user ops@example\.org \(operator\)\npassword: \S{16}\n/);
    const admin = await spejl('user', 'create', '--email', 'hr@vejle.dk', '--name', 'HR', '--password', 'a long password', '--tenant', 'vejle', '--role', 'admin');
    expect(admin.stdout).toBe('created user hr@vejle.dk (admin of vejle)\n');
    const rows = await inspect((db) =>
      db.selectFrom('user').leftJoin('account', 'account.userId', 'user.id').select(['user.email', 'user.operator', 'account.password']).orderBy('user.email').execute(),
    );
    expect(rows.map((r) => [r.email, r.operator, Boolean(r.password)])).toEqual([
      ['hr@vejle.dk', false, true],
      ['ops@example.org', true, true],
    ]);
  });

  it('leaves no account behind when the membership cannot be made', async () => {
    const result = await spejl('user', 'create', '--email', 'ghost@example.org', '--name', 'Ghost', '--tenant', 'nowhere', '--role', 'admin');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no tenant has the slug "nowhere"/);
    const bad = await spejl('user', 'create', '--email', 'ghost@example.org', '--name', 'Ghost', '--password', 'short');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/at password: the password must be at least 10 characters/);
    expect(await inspect((db) => db.selectFrom('user').select('id').where('email', '=', 'ghost@example.org').execute())).toEqual([]);
  });
});
