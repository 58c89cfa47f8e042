import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql, withTenant, type Database, type Kysely } from '@spejl/db';
import { generateMunicipality } from '../../packages/core/src/demo/municipality.ts';
import { applyPeopleImport, hierarchySnapshots, peopleToCsv } from '../../packages/core/src/hierarchy/index.ts';
import { createRound, launchRound, themeSourceOf } from '../../packages/core/src/rounds/index.ts';
import { linkKey, personalToken } from '../../packages/core/src/survey/index.ts';
import { themes } from '@spejl/plugin-registry';
import type { BenchContext, BenchFigure, BenchModule, BenchSize } from './bench-module.ts';

/*
 * Form submissions through the HTTP API (PUT /s/api/forms/:slot) against PostgreSQL, with
 * autocannon on loopback: the server runs in its own process, the load generator in this one.
 * Every request is a real submission of a different respondent's form (token lookup, round
 * check, idempotent upsert of the form, progress update), cycling over 40,000 respondents.
 */

const SECRET = 'bench-link-secret-0123456789-abcdefghijklmnop';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 24);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

async function prepare(db: Kysely<Database>, persons: number): Promise<{ tenantId: string; bodies: { path: string; token: string; device: string; body: string }[] }> {
  const tenantId = (await db.insertInto('tenants').values({ slug: 'bench', name: 'Bench Kommune', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
  // No e-mail addresses: the bench measures submissions, not the mail job.
  const people = generateMunicipality({ people: persons }).map((p) => ({ ...p, email: null }));
  const bytes = new TextEncoder().encode(peopleToCsv(people));
  await withTenant(db, tenantId, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes }, { actor: { userId: null, label: 'bench' }, source: 'cli' }));
  const key = linkKey(SECRET);
  const roundId = await withTenant(db, tenantId, async (tx) => {
    const round = await createRound(tx, tenantId, { name: 'Bench', themes: themes.slice(0, 3).map((t) => ({ id: t.id })) }, themeSourceOf(themes));
    await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: key });
    return round.id;
  });
  const rows = await withTenant(db, tenantId, (tx) =>
    tx.selectFrom('round_respondents').select(['link_salt']).where('round_id', '=', roundId).execute(),
  );
  const items = await withTenant(db, tenantId, (tx) => tx.selectFrom('rounds').select(sql<number>`jsonb_array_length(items)`.as('n')).where('id', '=', roundId).executeTakeFirstOrThrow());
  const answers = (i: number) => Array.from({ length: Number(items.n) }, (_, k) => ((i + k) % 7 === 6 ? 'dk' : ((i * 31 + k) % 5) + 1));
  // Each respondent sends from one browser, so every resubmission is allowed to change the form it made.
  const bodies = rows.map((r, i) => ({ path: '/s/api/forms/0', token: personalToken(key, tenantId, r.link_salt), device: randomBytes(32).toString('base64url'), body: JSON.stringify({ answers: answers(i), submit: true }) }));
  return { tenantId, bodies };
}

async function startServerProcess(databaseUrl: string, file = './submit-server.ts'): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, SPEJL_LINK_SECRET: SECRET, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: line.toString().trim().split('\n')[0]!, child };
}

function load(url: string, bodies: { path: string; token: string; device: string; body: string }[], seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{
      method: 'PUT',
      setupRequest: (req) => {
        const b = bodies[next++ % bodies.length]!;
        return { ...req, path: b.path, body: b.body, headers: { 'content-type': 'application/json', authorization: `Bearer ${b.token}`, 'x-spejl-device': b.device } };
      },
    }],
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

const ROUNDS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Alternates short runs against the bare yardstick (Hono + zod + one-row insert) and against
 * Spejl, so load from other work on the machine hits both alike; reports medians over the runs.
 */
async function measure(spejlUrl: string, bareUrl: string, bodies: { path: string; token: string; device: string; body: string }[], size: BenchSize) {
  if (size.warmup(1) > 0) {
    await load(bareUrl, bodies, 3); // warm-up: JIT, connection pools, caches
    await load(spejlUrl, bodies, 3);
  }
  const spejl: autocannon.Result[] = [];
  const bare: autocannon.Result[] = [];
  for (let i = 0; i < size.runs(ROUNDS); i++) {
    bare.push(await load(bareUrl, bodies, size.seconds(SECONDS) / size.runs(ROUNDS)));
    spejl.push(await load(spejlUrl, bodies, size.seconds(SECONDS) / size.runs(ROUNDS)));
  }
  return { spejl, bare };
}

async function run({ database, size }: BenchContext): Promise<BenchFigure[]> {
  const { db } = database;
  const { tenantId, bodies } = await prepare(db, size.persons);
  await sql`create table bench_baseline (id bigserial primary key, answers smallint[] not null)`.execute(db);
  const name = (await sql<{ db: string }>`select current_database() as db`.execute(db)).rows[0]!.db;
  const base = new URL(process.env.DATABASE_URL!);
  base.pathname = `/${name}`;
  const server = await startServerProcess(base.toString());
  const yardstick = await startServerProcess(base.toString(), './submit-baseline-server.ts');
  try {
    const { spejl, bare } = await measure(server.url, yardstick.url, bodies, size);
    const stored = await withTenant(db, tenantId, (tx) => tx.selectFrom('round_forms').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow());
    const failed = spejl.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
    // A server that answers nothing but errors is broken, not slow.
    if (spejl.every((r) => r['2xx'] === 0)) throw new Error(`no form submission succeeded (${failed} failed)`);
    const rate = median(spejl.map((r) => r.requests.average));
    const bareRate = median(bare.map((r) => r.requests.average));
    const p99 = median(spejl.map((r) => r.latency.p99));
    const note = `${Math.round(rate).toLocaleString('en')} forms/s (median of ${size.runs(ROUNDS)} runs, ${size.seconds(SECONDS)} s in all; target ≥ 3,000/s), ${CONNECTIONS} connections, ${failed} failed, ${stored.n} distinct forms stored`;
    return [
      { name: 'bare Hono+zod+insert p99 (yardstick)', medianMs: median(bare.map((r) => r.latency.p99)), note: `${Math.round(bareRate).toLocaleString('en')} req/s on this machine at the same moment; Spejl reaches ${Math.round((100 * rate) / bareRate)} % of it` },
      { name: 'form submission p99 latency', medianMs: p99, targetMs: 30, note: `p50 ${median(spejl.map((r) => r.latency.p50))} ms, max ${Math.max(...spejl.map((r) => r.latency.max))} ms` },
      { name: 'form submission time per form', medianMs: 1000 / rate, targetMs: 1000 / 3000, note },
    ];
  } finally {
    await stopProcess(server.child);
    await stopProcess(yardstick.child);
  }
}

/** The submit bench for `pnpm bench submit`. */
const bench: BenchModule = { name: 'form submissions (HTTP)', run };
export default bench;
