import { readFileSync } from 'node:fs';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '@spejl/api';
import { addMember, applyPeopleImport, createTenant, createUser, RoundResultsCache, type UserSummary } from '@spejl/core';
import { openDatabase, sql, withTenant, type MemberRole, type SpejlDatabase } from '@spejl/db';
import type { TestEngine } from '@spejl/db/testing';
import { startServer, type RunningServer } from '../src/start.ts';

process.env.SPEJL_LINK_SECRET ??= 'results-day-test-link-secret-0123456789-abcdef';

const PASSWORD = 'test password 123';
const AUTH_SECRET = 'results-day-test-secret-'.repeat(2);

/** A file of the egeskov example (16 people, leaders 1001–1005 and 1013) that core's roll-up tests use. */
export const egeskovText = (name: string) => readFileSync(new URL(`../../../packages/core/test/rollup/fixtures/${name}`, import.meta.url), 'utf8');

/**
 * A second connection to the same database, as a second app server has: its own pool for
 * PostgreSQL; PGlite lives in this process only, so there the servers share the one handle.
 */
async function secondHandle(engine: TestEngine, handle: SpejlDatabase): Promise<SpejlDatabase> {
  if (handle.kind === 'pglite') return { ...handle, close: async () => {} };
  const base = engine.name === 'citus' ? process.env.CITUS_DATABASE_URL : process.env.DATABASE_URL;
  const name = (await sql<{ db: string }>`select current_database() as db`.execute(handle.db)).rows[0]!.db;
  const url = new URL(base!);
  url.pathname = `/${name}`;
  return openDatabase({ url: url.toString(), poolSize: 4 });
}

/** A tRPC client signed in with a session cookie, as the console is. */
export type Client = ReturnType<typeof createTRPCClient<AppRouter>>;

/** Signs a user in through the auth HTTP API and returns their session cookie. */
async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/**
 * Two app servers over one database, as behind a load balancer, each with its own results cache,
 * and a third that keeps nothing (what every server did before the cache): the reference.
 */
export async function twoServers(engine: TestEngine) {
  const handle = await engine.open();
  const other = await secondHandle(engine, handle);
  const caches = [new RoundResultsCache(), new RoundResultsCache(), new RoundResultsCache({ maxRounds: 0, maxBytes: 0 })] as const;
  const dbs = [handle.db, other.db, handle.db];
  const servers: RunningServer[] = [];
  for (const [i, cache] of caches.entries()) {
    servers.push(await startServer({ db: dbs[i]!, authSecret: AUTH_SECRET, port: 0, resultsCache: cache, mailIntervalMs: 3_600_000, reportIntervalMs: 3_600_000 }));
  }
  let count = 0;
  /** A user with a role in the tenant and, for leaders, the person they are. */
  const member = async (tenantId: string, name: string, role: MemberRole, personId: string | null = null): Promise<UserSummary> => {
    const user = await createUser(handle.db, { email: `${name.toLowerCase()}-${++count}@example.org`, name, password: PASSWORD });
    await withTenant(handle.db, tenantId, async (tx) => {
      await addMember(tx, tenantId, user.id, role, null);
      if (personId) await tx.updateTable('memberships').set({ person_id: personId }).where('user_id', '=', user.id).execute();
    });
    return user;
  };
  /** A tenant with the egeskov people and an admin. */
  const tenant = async (slug: string, name: string) => {
    const created = await createTenant(handle.db, { name, slug }, null);
    const bytes = new TextEncoder().encode(egeskovText('egeskov-people.csv'));
    await withTenant(handle.db, created.id, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
    return { tenantId: created.id, admin: await member(created.id, `Admin-${slug}`, 'admin') };
  };
  const cookies = new Map<string, string>();
  /** The user's client on server `i` (0 and 1 cache, 2 does not); one session serves all three, as one cookie does behind a balancer. */
  const as = async (user: UserSummary, i: 0 | 1 | 2 = 0): Promise<Client> => {
    if (!cookies.has(user.id)) cookies.set(user.id, await signIn(servers[0]!.url, user.email));
    const { url } = servers[i]!;
    return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/trpc`, headers: () => ({ cookie: cookies.get(user.id)!, origin: url }) })] });
  };
  const close = async () => {
    for (const server of servers) await server.stop();
    await other.close();
    await handle.close();
  };
  return { handle, db: handle.db, caches, servers, member, tenant, as, close };
}

/** The egeskov responses file split in two: every form but those about 1004 from employees, and those. */
export function splitResponses(): { first: string; late: string } {
  const [header, ...rows] = egeskovText('egeskov-responses.csv').trim().split('\n');
  const late = rows.filter((r) => r.startsWith('1004,employee'));
  return { first: [header, ...rows.filter((r) => !late.includes(r))].join('\n'), late: [header, ...late].join('\n') };
}

/** A closed round of the egeskov themes, created, launched and closed by the admin over HTTP; forms imported from `responses`. */
export async function closedRound(admin: Client, tenantId: string, name: string, responses: string): Promise<string> {
  const round = await admin.rounds.create.mutate({ tenantId, settings: { name, themes: [{ id: 'borgerorientering' }] } });
  await admin.rounds.launch.mutate({ tenantId, roundId: round.id });
  await admin.rounds.close.mutate({ tenantId, roundId: round.id });
  await admin.responses.import.mutate({ tenantId, roundId: round.id, fileName: 'responses.csv', contentBase64: Buffer.from(responses).toString('base64') });
  return round.id;
}
