/**
 * Times the roll-up of several closed rounds in one fresh process, interleaved: every timed pass
 * loads each round once, in turn, so a spell of load from other work on a shared machine lands on
 * every size alike. The heap is collected (untimed) before each run, so garbage one size leaves is
 * never collected on another's clock. Beside wall time it counts CPU time — this process's and,
 * where it can be read, the database backend's — which waiting for a busy CPU does not inflate.
 * Prints, as one JSON line, each round's medians.
 */
import { z } from 'zod';
import { openDatabase, withTenant } from '@spejl/db';
import { loadRoundRollup } from '../../packages/core/src/rollup/round-rollup.ts';
import { backendCpu } from './backend-cpu.ts';
import { medianOf } from './bench-module.ts';

const input = z.object({
  BENCH_DATABASE_URL: z.string(),
  BENCH_ROUNDS: z.string().transform((s) => z.array(z.object({ tenantId: z.uuid(), roundId: z.uuid() })).parse(JSON.parse(s))),
  BENCH_RUNS: z.coerce.number().int().min(1),
  BENCH_WARMUP: z.coerce.number().int().min(0),
}).parse(process.env);

// One connection, so every statement runs in the one backend whose CPU time is read.
const database = await openDatabase({ url: input.BENCH_DATABASE_URL, poolSize: 1 });
const serverCpu = await backendCpu(database.db, input.BENCH_DATABASE_URL);
const rollup = ({ tenantId, roundId }: { tenantId: string; roundId: string }) => withTenant(database.db, tenantId, (tx) => loadRoundRollup(tx, roundId));
const runs = input.BENCH_ROUNDS.map(() => ({ wall: [] as number[], cpu: [] as number[], serverCpu: [] as number[], bothCpu: [] as number[] }));
for (let pass = 0; pass < input.BENCH_WARMUP + input.BENCH_RUNS; pass++) {
  for (const [i, round] of input.BENCH_ROUNDS.entries()) {
    globalThis.gc?.();
    const serverStart = serverCpu?.() ?? 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await rollup(round);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    const server = serverCpu ? serverCpu() - serverStart : Number.NaN;
    if (pass < input.BENCH_WARMUP) continue;
    runs[i]!.wall.push(wall);
    runs[i]!.cpu.push((used.user + used.system) / 1000);
    runs[i]!.serverCpu.push(server);
    runs[i]!.bothCpu.push((used.user + used.system) / 1000 + server);
  }
}
await database.close();
const figures = runs.map((r) => ({
  medianMs: medianOf(r.wall),
  cpuMs: medianOf(r.cpu),
  ...(serverCpu ? { serverCpuMs: medianOf(r.serverCpu), bothCpuMs: medianOf(r.bothCpu) } : { serverCpuMs: null, bothCpuMs: null }),
}));
process.stdout.write(`${JSON.stringify(figures)}\n`);
