import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { runSpejl } from './harness/run-spejl.ts';

const FIXTURES = new URL('../../../packages/core/test/safetynet/fixtures/', import.meta.url);

describe.each([
  { name: 'pglite', url: '' },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres', url: process.env.DATABASE_URL }] : []),
])('spejl people import --safetynet on $name', ({ url }) => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-safetynet-'));
  const database = `spejl_cli_safetynet_${randomBytes(5).toString('hex')}`;
  const env: Record<string, string> = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LC_ALL: 'en_GB.UTF-8' };
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  const units = join(dir, 'enheder.csv');
  const employees = join(dir, 'medarbejdere.csv');
  const spejl = (...args: string[]) => runSpejl(args, env);

  beforeAll(async () => {
    copyFileSync(new URL('enheder.csv', FIXTURES), units);
    copyFileSync(new URL('medarbejdere.csv', FIXTURES), employees);
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

  it('refuses a pair with a bad row, naming the file, line and column, and imports nothing', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, readFileSync(employees, 'utf8').replace(';130;2021-01-01;', ';999;2021-01-01;').replace(';31-05-2020;', ';31-13-2020;'));
    const result = await spejl('people', 'import', '--tenant', 'egeskov', '--safetynet', units, bad);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual(expect.arrayContaining([
      'error: enheder.csv + bad.csv has 2 problems; nothing was imported',
      '  bad.csv, line 13, column Afdelingskode: the Afdelingskode "999" is not a unit in the unit file',
      '  bad.csv, line 15, column Slutdato: "31-13-2020" is not a date; write it as 2026-12-31 or 31-12-2026',
    ]));
    const exported = await spejl('people', 'export', '--tenant', 'egeskov');
    expect(exported.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints the diff on a dry run, then imports the pair', async () => {
    const dry = await spejl('people', 'import', '--tenant', 'egeskov', '--safetynet', units, employees, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('enheder.csv + medarbejdere.csv: 14 people (csv)');
    expect(dry.stdout).toContain('dry run: nothing was changed');
    expect((await spejl('people', 'export', '--tenant', 'egeskov')).stdout.trim().split('\n')).toHaveLength(1);
    const applied = await spejl('people', 'import', '--tenant', 'egeskov', '--safetynet', units, employees);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('applied: 14 new');
    const exported = (await spejl('people', 'export', '--tenant', 'egeskov')).stdout;
    expect(exported).toContain('1011;Ib Kjær;ikj@egeskov.dk;1010;SOSU-assistent;;');
    expect(exported).not.toMatch(/1111711111|IKJA/);
  });

  it('asks for both files', async () => {
    const one = await spejl('people', 'import', '--tenant', 'egeskov', '--safetynet', units);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('a SafetyNet import takes two files');
  });
});
