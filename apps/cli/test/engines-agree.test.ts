import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createCitusDatabase, dropCitusDatabase } from '@spejl/db/testing';
import { runSpejl } from './harness/run-spejl.ts';

/*
 * The whole command-line flow — tenant, people import, round, launch, close, paper forms, roll-up,
 * reports — on single-server PostgreSQL and on a Citus cluster, each in a fresh database, side by
 * side: what the cluster publishes must be byte for byte what one server publishes. (PGlite runs the
 * same flow in reports.test.ts.)
 */
const FIXTURES = fileURLToPath(new URL('../../../packages/core/test/rollup/fixtures/', import.meta.url));

interface Engine { name: string; open(): Promise<string>; drop(): Promise<void> }

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement);
  await client.end();
}

function engines(): Engine[] {
  const name = `spejl_cli_agree_${randomBytes(5).toString('hex')}`;
  const list: Engine[] = [];
  const postgres = process.env.DATABASE_URL;
  if (postgres) {
    list.push({
      name: 'postgres',
      open: async () => {
        await onServer(postgres, `CREATE DATABASE ${name}`);
        const target = new URL(postgres);
        target.pathname = `/${name}`;
        return target.toString();
      },
      drop: () => onServer(postgres, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    });
  }
  const citus = process.env.CITUS_DATABASE_URL;
  if (citus) list.push({ name: 'citus', open: () => createCitusDatabase(citus, name), drop: () => dropCitusDatabase(citus, name) });
  return list;
}

interface Published { rollupCsv: string; leaderHtml: string; chainJson: string }

async function runFlow(engine: Engine, dir: string): Promise<Published> {
  const env = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: await engine.open(), SPEJL_LINK_SECRET: 'cli-test-link-secret-0123456789-abcdefghijk', SMTP_URL: '', LC_ALL: 'en_GB.UTF-8' };
  const ok = async (...args: string[]) => {
    const run = await runSpejl(args, env);
    if (run.code !== 0) throw new Error(`spejl ${args.join(' ')} on ${engine.name} failed: ${run.stderr}`);
    return run.stdout;
  };
  const out = (file: string) => join(dir, file);
  await ok('tenant', 'create', '--slug', 'egeskov', '--name', 'Egeskov Kommune');
  await ok('people', 'import', '--tenant', 'egeskov', join(FIXTURES, 'egeskov-people.csv'));
  const round = (await ok('round', 'create', '--tenant', 'egeskov', '--name', 'Ledelsesevaluering 2026', '--themes', 'borgerorientering')).trim().split(/\s+/).pop()!;
  await ok('round', 'launch', '--tenant', 'egeskov', '--round', round);
  await ok('round', 'close', '--tenant', 'egeskov', '--round', round);
  await ok('responses', 'import', '--tenant', 'egeskov', '--round', round, join(FIXTURES, 'egeskov-responses.csv'));
  const at = ['--tenant', 'egeskov', '--round', round];
  await ok('rollup', 'export', ...at, '--out', out('rollup.csv'));
  await ok('report', ...at, '--leader', '1004', '--format', 'html', '--out', out('leader.html'));
  await ok('report', ...at, '--report', 'chain', '--leader', '1002', '--format', 'json', '--out', out('chain.json'));
  return {
    rollupCsv: readFileSync(out('rollup.csv'), 'utf8'),
    leaderHtml: readFileSync(out('leader.html'), 'utf8'),
    chainJson: readFileSync(out('chain.json'), 'utf8'),
  };
}

const list = engines();

describe.runIf(list.length === 2)('the command-line flow on PostgreSQL and on Citus', () => {
  const dirs = list.map(() => mkdtempSync(join(tmpdir(), 'spejl-agree-')));
  const published = new Map<string, Published>();

  beforeAll(async () => {
    await Promise.all(list.map(async (engine, i) => published.set(engine.name, await runFlow(engine, dirs[i]!))));
  }, 600_000);
  afterAll(async () => {
    for (const engine of list) await engine.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the same roll-up and reports on both', () => {
    const [first, ...others] = list.map((e) => e.name);
    const reference = published.get(first!)!;
    expect(reference.rollupCsv.split('\n').length).toBeGreaterThan(20);
    expect(reference.leaderHtml).toContain('<h1>Mads Bæk</h1>');
    for (const name of others) expect(published.get(name), `${name} against ${first}`).toEqual(reference);
  });
});
