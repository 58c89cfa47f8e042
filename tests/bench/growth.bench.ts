import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { withTenant } from '@spejl/db';
import { loadRoundRollup } from '../../packages/core/src/rollup/round-rollup.ts';
import { benchDatabaseUrl, measureWithCpu, type BenchContext, type BenchFigure, type BenchModule } from './bench-module.ts';
import { largeRound } from './large-round.ts';
import { seedRound } from './seed-round.ts';

/*
 * Growth (DESIGN.md "Performance"): the roll-up from the database to the filtered view, and the
 * memory of a server process holding the round, at 10k, 40k and 160k persons side by side. Cost
 * must grow no faster than the data: 160k may cost at most 4.5 × 40k (the data grows 4 ×).
 */

const PERSONS = [10_000, 40_000, 160_000];
const GROWTH_TARGET = 4.5;
const MB = 2 ** 20;

const held = z.object({ rssBefore: z.number(), rssAfter: z.number(), heapBefore: z.number(), heapAfter: z.number(), leaders: z.number() });
type Held = z.infer<typeof held>;

/** One size's figures. */
interface Measured {
  persons: number;
  leaders: number;
  forms: number;
  medianMs: number;
  cpuMs: number;
  memory: Held;
}

/** Starts round-holder.ts in its own process and reads the memory it reports. */
async function holderMemory(url: string, tenantId: string, roundId: string): Promise<Held> {
  const script = fileURLToPath(new URL('./round-holder.ts', import.meta.url));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    env: { ...process.env, BENCH_DATABASE_URL: url, BENCH_TENANT: tenantId, BENCH_ROUND: roundId, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`round-holder.ts exited with ${code}`);
  return held.parse(JSON.parse(out.trim().split('\n').at(-1)!));
}

const persons = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const signedMb = (bytes: number) => `${bytes < 0 ? '−' : '+'}${mb(Math.abs(bytes))}`;

async function run(context: BenchContext): Promise<BenchFigure[]> {
  const { database, size } = context;
  const url = await benchDatabaseUrl(context);
  const measured: Measured[] = [];
  for (const full of PERSONS) {
    const round = largeRound(size.scaled(full));
    const { tenantId, roundId } = await seedRound(database.db, round);
    const time = await measureWithCpu(size, () => withTenant(database.db, tenantId, (tx) => loadRoundRollup(tx, roundId)), 9, 2);
    const memory = await holderMemory(url, tenantId, roundId);
    measured.push({ persons: round.hierarchy.manager.length, leaders: round.leaders, forms: round.forms.count, ...time, memory });
  }
  const rows: BenchFigure[] = measured.map((m) => ({
    name: `growth: roll-up at ${persons(m.persons)} persons`,
    medianMs: m.medianMs,
    note: `server RSS ${mb(m.memory.rssAfter)} holding the round (${signedMb(m.memory.rssAfter - m.memory.rssBefore)}, heap ${signedMb(m.memory.heapAfter - m.memory.heapBefore)}); ${m.leaders.toLocaleString('en')} leaders, ${m.forms.toLocaleString('en')} forms; CPU ${m.cpuMs.toFixed(0)} ms`,
  }));
  const [, middle, large] = measured as [Measured, Measured, Measured];
  // Below a megabyte the difference is page-allocation noise (small mode's rounds): counted as 1 MB, so a ratio, never 0 / 0.
  const grown = (m: Measured) => Math.max(MB, m.memory.rssAfter - m.memory.rssBefore);
  const heap = (m: Measured) => Math.max(MB, m.memory.heapAfter - m.memory.heapBefore);
  const span = `${persons(large.persons)} / ${persons(middle.persons)}`;
  rows.push(
    { name: `growth: roll-up time ${span}`, medianMs: large.medianMs / middle.medianMs, unit: '×', targetMs: GROWTH_TARGET, note: `data grows ${(large.forms / middle.forms).toFixed(1)}× in forms` },
    { name: `growth: server memory for the round ${span}`, medianMs: grown(large) / grown(middle), unit: '×', targetMs: GROWTH_TARGET, note: `resident memory added by holding the round; heap alone ${(heap(large) / heap(middle)).toFixed(2)}×` },
  );
  return rows;
}

/** Roll-up time and server memory at three sizes, side by side. */
const bench: BenchModule = { name: 'growth', run };
export default bench;
