import { randomBytes } from 'node:crypto';
import { DEMO_LEADER_EMAIL, randomPassword, seedDemo, type Credentials, type Tenant } from '@spejl/core';
import type { Database, Kysely } from '@spejl/db';
import { freshPglite } from '@spejl/db/testing';
import { startServer } from '@spejl/server';
import { ADMIN_DIST, ensureAdminBuilt } from './admin-build.ts';

/** A Spejl server for one test file: fresh in-memory database, demo data, real HTTP on 127.0.0.1. */
export interface RunningSpejl {
  /** Where the console is, e.g. `http://127.0.0.1:41234`. */
  url: string;
  operator: Credentials;
  /** The demo tenant's admin. */
  admin: Credentials;
  /** The demo leader, bound to a leader of the closed round. */
  leader: Credentials;
  demoTenant: Tenant;
  /** The server's database, for checking what the browser changed. */
  db: Kysely<Database>;
  stop(): Promise<void>;
}

// A forgotten server must not outlive its test run.
const LIFETIME_MS = 15 * 60 * 1000;

/**
 * Starts the real server (the same `createApp` as production) on a random port over a fresh, seeded
 * PGlite; in demo mode (`pnpm start`'s `--demo`) unless told otherwise, so the outbox shows links.
 */
export async function startSpejl(options: { demo?: boolean } = {}): Promise<RunningSpejl> {
  ensureAdminBuilt();
  const database = await freshPglite();
  try {
    const leader = { email: DEMO_LEADER_EMAIL, password: randomPassword() };
    const seeded = await seedDemo(database.db, { operator: randomPassword(), admin: randomPassword(), leader: leader.password });
    const server = await startServer({
      db: database.db,
      authSecret: randomBytes(32).toString('base64url'),
      port: 0,
      host: '127.0.0.1',
      demo: options.demo ?? true,
      webApps: { admin: ADMIN_DIST },
    });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      clearTimeout(watchdog);
      await server.stop().catch(() => undefined);
      await database.close();
    };
    const watchdog = setTimeout(() => void stop(), LIFETIME_MS);
    watchdog.unref();
    return { url: server.url, operator: seeded.operator, admin: seeded.admin, leader, demoTenant: seeded.tenant, db: database.db, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}
