/**
 * The Spejl server as the submit bench runs it: its own process (as in production), on
 * loopback, over the bench's PostgreSQL database. Prints its URL on the first line of stdout.
 */
import { openDatabase } from '@spejl/db';
import { startServer } from '@spejl/server';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is not set');
const database = await openDatabase({ url, poolSize: Number(process.env.BENCH_POOL ?? 16) });
const server = await startServer({ db: database.db, authSecret: 'bench-auth-secret-'.repeat(3), port: 0, mailIntervalMs: 3_600_000 });
process.stdout.write(`${server.url}\n`);
const stop = async () => {
  await server.stop();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
