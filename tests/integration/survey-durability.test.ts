import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPeopleImport, createRound, hierarchySnapshots, launchRound, linkKey, openSurvey, parseDeviceKey, personalToken, themeSourceOf } from '@spejl/core';
import { sql, withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { themes } from '@spejl/plugin-registry';

/*
 * "An acknowledged form is never lost": submissions run against a real server process, which
 * is killed with SIGKILL in the middle of the load; after a restart, every form the server
 * answered 200 for must be there with the answers sent. PostgreSQL only: it is what production
 * runs, and a separate server process cannot share an in-memory PGlite.
 */
const SECRET = 'durability-link-secret-0123456789-abcdefghijk';
const postgres = testEngines().find((e) => e.name === 'postgres');
const SERVER = fileURLToPath(new URL('../bench/submit-server.ts', import.meta.url));
const PEOPLE = readFileSync(new URL('../../packages/api/test/fixtures/egeskov-people.csv', import.meta.url), 'utf8');

function manyPeople(): string {
  // The sample municipality plus 400 more employees under its leaders: enough forms to be mid-flight at the kill.
  const extra = Array.from({ length: 400 }, (_, i) => `X${i};Ekstra ${i};;${['1004', '1005', '1013'][i % 3]};lærer;`);
  return `${PEOPLE.trimEnd()}\n${extra.join('\n')}\n`;
}

async function startServer(url: string): Promise<{ url: string; child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], { env: { ...process.env, BENCH_DATABASE_URL: url, SPEJL_LINK_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: line.toString().trim().split('\n')[0]!, child, exited };
}

describe.skipIf(!postgres)('a server killed mid-load on postgres', () => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let databaseUrl: string;
  let tokens: string[];
  const key = linkKey(SECRET);

  beforeAll(async () => {
    handle = await postgres!.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'crash', name: 'Crash', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    await withTenant(handle.db, tenantId, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: new TextEncoder().encode(manyPeople()) }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
    const roundId = await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Crash', themes: [{ id: 'borgerorientering' }] }, themeSourceOf(themes));
      await launchRound(tx, tenantId, round.id, { snapshots: hierarchySnapshots, linkKey: key });
      return round.id;
    });
    const salts = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).execute());
    tokens = salts.map((s) => personalToken(key, tenantId, s.link_salt));
    const name = (await sql<{ db: string }>`select current_database() as db`.execute(handle.db)).rows[0]!.db;
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });
  afterAll(() => handle?.close());

  it('keeps every form it acknowledged', async () => {
    const first = await startServer(databaseUrl);
    // One browser, with its device key, per respondent: only it may read the answers back afterwards.
    const devices = new Map(tokens.map((t) => [t, randomBytes(32).toString('base64url')]));
    const acked = new Map<string, number[]>();
    let failed = 0;
    const submitOne = async (token: string, i: number) => {
      const answers = [1 + (i % 5), 1 + ((i + 1) % 5), 1 + ((i + 2) % 5), 1 + ((i + 3) % 5)];
      try {
        const res = await fetch(`${first.url}/s/api/forms/0`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'x-spejl-device': devices.get(token)!, 'content-type': 'application/json' }, body: JSON.stringify({ answers, submit: true }) });
        if (res.status === 200) acked.set(token, answers);
        else failed++;
        if (acked.size === 150) first.child.kill('SIGKILL');
      } catch {
        failed++; // connection reset by the kill: not acknowledged
      }
    };
    // Eight parallel streams of submissions; the server is killed while they run, after 150 acknowledgements.
    let next = 0;
    const streams = Array.from({ length: 8 }, async () => {
      while (next < tokens.length) {
        const i = next++;
        await submitOne(tokens[i]!, i);
      }
    });
    await Promise.all(streams);
    await first.exited;
    expect(acked.size).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0); // the kill really happened mid-load

    const second = await startServer(databaseUrl);
    try {
      const health = await fetch(`${second.url}/healthz`);
      expect(health.status).toBe(200);
      const lost: string[] = [];
      for (const [token, answers] of acked) {
        const content = await openSurvey(handle.db, token, 'da', parseDeviceKey(devices.get(token)));
        const form = content.forms[0];
        if (form?.state !== 'submitted' || JSON.stringify(form.answers) !== JSON.stringify(answers)) lost.push(token);
      }
      expect(lost).toEqual([]);
      const stored = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_forms').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow());
      expect(stored.n).toBeGreaterThanOrEqual(acked.size);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
