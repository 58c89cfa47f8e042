import pg from 'pg';
import { openDatabase } from '../connection.ts';
import { migrateToLatest } from '../migrate.ts';
import { schemaFingerprint } from './fingerprint.ts';

/*
 * Migrating a test database costs a quarter of a second on PostgreSQL and over two on Citus, and
 * the suite opens hundreds. So the first test to need one migrates a template once per schema
 * (named by its fingerprint), and every test database after it is a copy: CREATE DATABASE …
 * TEMPLATE on each node. On Citus a copy on every node is a consistent cluster, since the
 * coordinator's metadata names shards and nodes, never its database.
 */

/** Where test databases are made: one admin URL per node (the coordinator's first), and how to make an empty one. */
export interface TemplateHost {
  adminUrls: readonly string[];
  /** Makes an empty database `name` on every node and returns the URL that opens it. */
  createEmpty(name: string): Promise<string>;
  /** The URL that opens database `name` (on the coordinator). */
  urlOf(name: string): string;
}

async function onNode<T extends pg.QueryResultRow>(url: string, statement: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(statement)).rows;
  } finally {
    await client.end();
  }
}

const eachNode = (host: TemplateHost, statement: (url: string) => string) =>
  Promise.all(host.adminUrls.map((url) => onNode(url, statement(url))));

async function existsEverywhere(host: TemplateHost, name: string): Promise<boolean> {
  const found = await eachNode(host, () => `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  return found.every((rows) => rows.length === 1);
}

/** Nobody may be connected to a template while it is copied: Citus's maintenance daemon would be. */
async function sealed(host: TemplateHost, name: string): Promise<void> {
  await eachNode(host, () => `ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
  await eachNode(host, () => `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
}

/** Templates of other schemas (earlier checkouts); a run still copying one rebuilds its own (copyOfTemplate). */
async function dropOthers(host: TemplateHost, keep: string): Promise<void> {
  const names = await onNode<{ datname: string }>(host.adminUrls[0]!, `SELECT datname FROM pg_database WHERE datname LIKE 'spejl\\_tpl\\_%' AND datname <> '${keep}'`);
  for (const { datname } of names) await eachNode(host, () => `DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
}

async function build(host: TemplateHost, name: string): Promise<void> {
  const building = `${name}_new`;
  await dropOthers(host, name);
  await eachNode(host, () => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const opened = await openDatabase({ url: await host.createEmpty(building), poolSize: 2 });
  try {
    await migrateToLatest(opened.db);
  } finally {
    await opened.close();
  }
  await sealed(host, building);
  // Renamed only once whole, so a run killed halfway leaves no template that looks finished.
  await eachNode(host, () => `ALTER DATABASE ${building} RENAME TO ${name}`);
}

/** Serialises template builds of every test process on the same server (a session advisory lock). */
async function underTemplateLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('spejl.test-template'))");
    return await work();
  } finally {
    await client.end();
  }
}

const templates = new Map<string, Promise<string>>();

/** The migrated template's name on `host`, built when this schema has none yet. */
export function migratedTemplate(host: TemplateHost): Promise<string> {
  const key = host.adminUrls.join(' ');
  let template = templates.get(key);
  if (!template) {
    template = (async () => {
      const name = `spejl_tpl_${await schemaFingerprint()}`;
      await underTemplateLock(host.adminUrls[0]!, async () => {
        if (!(await existsEverywhere(host, name))) await build(host, name);
      });
      return name;
    })();
    templates.set(key, template);
    template.catch(() => templates.delete(key));
  }
  return template;
}

const isMissingDatabase = (error: unknown) => error instanceof Error && 'code' in error && error.code === '3D000';

/** A fresh, migrated database `name`: a copy of the template on every node. */
export async function copyOfTemplate(host: TemplateHost, name: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const template = await migratedTemplate(host);
    try {
      await eachNode(host, () => `CREATE DATABASE ${name} TEMPLATE ${template}`);
      return host.urlOf(name);
    } catch (error) {
      // Another checkout's run, with another schema, replaced the template meanwhile: build it again.
      if (!isMissingDatabase(error) || attempt >= 2) throw error;
      templates.delete(host.adminUrls.join(' '));
      await eachNode(host, () => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
}
