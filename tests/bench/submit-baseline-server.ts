/**
 * The yardstick the submit bench compares against: a bare Hono route that validates a form with
 * zod and inserts one row, nothing else (no tenant, no link, no checks). Same process layout and
 * load as the real measurement, so the ratio between the two is meaningful on a busy machine.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';
import { z } from 'zod';

const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: Number(process.env.BENCH_POOL ?? 16) });
const body = z.object({ answers: z.array(z.union([z.int().min(1).max(5), z.literal('dk'), z.null()])), submit: z.boolean() });
const app = new Hono();
app.put('/s/api/forms/:slot', async (c) => {
  const form = body.parse(await c.req.json());
  await pool.query('insert into bench_baseline (answers) values ($1)', [form.answers.map((a) => (a === 'dk' ? 6 : a ?? 0))]);
  return c.json({ slot: Number(c.req.param('slot')), submitted: form.submit });
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.stdout.write(`http://127.0.0.1:${info.port}\n`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
