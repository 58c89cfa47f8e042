import pg from 'pg';
import { APP_ROLE } from '../roles.ts';
import type { TemplateHost } from './server-template.ts';

/*
 * A fresh database on a Citus cluster is a database on every node, each with the extension, and the
 * coordinator told where its workers are. The cluster is found from the coordinator's own database
 * (the one CITUS_DATABASE_URL names), whose pg_dist_node lists the workers.
 */

async function onNode(url: string, statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string, host?: string, port?: number): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  if (host) target.hostname = host;
  if (port) target.port = String(port);
  return target.toString();
}

interface Node { host: string; port: number }

/** Shards per table in a test database: two a worker keep tenants apart without Citus's 32 (CITUS_SHARD_COUNT overrides). */
const TEST_SHARD_COUNT = 4;

async function workersOf(url: string): Promise<Node[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ host: string; port: number }>(
      "SELECT nodename AS host, nodeport AS port FROM pg_dist_node WHERE noderole = 'primary' AND groupid <> 0 ORDER BY nodeport",
    );
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * The app role with LOGIN on every node, made once before any test database: roles are shared by
 * the databases of a node, and migrations of several test databases creating or altering it at
 * once collide ("tuple concurrently updated").
 */
async function appRoleOnEveryNode(url: string, nodes: readonly Node[]): Promise<void> {
  for (const n of nodes) {
    for (let attempt = 0; ; attempt++) {
      try {
        await onNode(withDatabase(url, 'postgres', n.host, n.port), [
          `DO $$ BEGIN
             IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT; END IF;
             IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN ALTER ROLE ${APP_ROLE} LOGIN; END IF;
           END $$`,
        ]);
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
      }
    }
  }
}

/** Creates `name` on the coordinator and every worker of the cluster behind `url`, with citus in each. */
export async function createCitusDatabase(url: string, name: string): Promise<string> {
  const workers = await workersOf(url);
  const coordinator = new URL(url);
  const nodes = [{ host: coordinator.hostname, port: Number(coordinator.port || 5432) }, ...workers];
  await appRoleOnEveryNode(url, nodes);
  await Promise.all(nodes.map(async (n) => {
    await onNode(withDatabase(url, 'postgres', n.host, n.port), [`CREATE DATABASE ${name}`]);
    await onNode(withDatabase(url, name, n.host, n.port), ['CREATE EXTENSION citus', `ALTER DATABASE ${name} SET citus.shard_count = ${process.env.CITUS_SHARD_COUNT ?? TEST_SHARD_COUNT}`]);
  }));
  const target = withDatabase(url, name);
  await onNode(target, [
    `SELECT citus_set_coordinator_host('${nodes[0]!.host}', ${nodes[0]!.port})`,
    ...workers.map((w) => `SELECT citus_add_node('${w.host}', ${w.port})`),
  ]);
  return target;
}

/** Drops `name` on every node of the cluster behind `url`. */
export async function dropCitusDatabase(url: string, name: string): Promise<void> {
  const workers = await workersOf(url);
  const coordinator = new URL(url);
  const nodes = [{ host: coordinator.hostname, port: Number(coordinator.port || 5432) }, ...workers];
  await Promise.all(nodes.map((n) => dropOnNode(withDatabase(url, 'postgres', n.host, n.port), name)));
}

/**
 * FORCE ends client backends, not Citus's maintenance daemon; one that has only just started in a
 * new database (a test that opened and closed at once) holds the drop for five seconds before
 * PostgreSQL gives up. Shut it out and end it first, and try again should it still be there.
 */
async function dropOnNode(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await onNode(adminUrl, [
        `ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`,
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`,
        `DROP DATABASE ${name} WITH (FORCE)`,
      ]);
      return;
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (code === '3D000') return; // already gone
      if (code !== '55006' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The cluster behind `url` as a place for test templates: every node's `postgres` database, the coordinator first. */
export async function citusHost(url: string): Promise<TemplateHost> {
  const coordinator = new URL(url);
  const nodes = [{ host: coordinator.hostname, port: Number(coordinator.port || 5432) }, ...(await workersOf(url))];
  return {
    adminUrls: nodes.map((n) => withDatabase(url, 'postgres', n.host, n.port)),
    urlOf: (name) => withDatabase(url, name),
    createEmpty: (name) => createCitusDatabase(url, name),
  };
}
