import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { openDatabase, type SpejlDatabase } from '../connection.ts';
import type { Database } from '../schema/index.ts';
import { migrateToLatest } from '../migrate.ts';
import { schemaFingerprint } from './fingerprint.ts';

/*
 * A PGlite starts with initdb (two to four seconds here) and then runs every migration. A test
 * database starts instead from a dump of one already migrated (under half a second), kept in the
 * temporary directory under the schema's fingerprint so every test process of a run shares it.
 */

/** Dumps of other schemas (earlier checkouts): a run still needing one writes it again. */
async function dropOtherDumps(keep: string): Promise<void> {
  const others = (await readdir(tmpdir())).filter((f) => f.startsWith(DUMP_PREFIX) && f.endsWith('.tar') && join(tmpdir(), f) !== keep);
  await Promise.all(others.map((f) => rm(join(tmpdir(), f), { force: true })));
}

async function written(path: string): Promise<Blob> {
  const pglite = new PGlite();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    const dump = await pglite.dumpDataDir('none');
    // Written aside and renamed, so a process reading it never sees half a file.
    const partial = `${path}.${randomBytes(4).toString('hex')}`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, path);
    await dropOtherDumps(path);
    return dump;
  } finally {
    await db.destroy();
    if (!pglite.closed) await pglite.close();
  }
}

const DUMP_PREFIX = 'spejl-test-pglite-';
let template: Promise<Blob> | undefined;

function migratedDump(): Promise<{ path: string; dump: Promise<Blob> }> {
  return schemaFingerprint().then((fp) => {
    const path = join(tmpdir(), `${DUMP_PREFIX}${fp}.tar`);
    template ??= readFile(path).then((bytes) => new Blob([bytes]), () => written(path));
    return { path, dump: template };
  });
}

/** A fresh, migrated, in-memory PGlite: a copy of the migrated template. */
export async function freshPglite(): Promise<SpejlDatabase> {
  const { path, dump } = await migratedDump();
  try {
    return await openDatabase({ loadDataDir: await dump });
  } catch (error) {
    // A dump another PGlite version wrote cannot be loaded: start over from scratch, once.
    template = undefined;
    await rm(path, { force: true });
    process.emitWarning(`the migrated PGlite template could not be loaded (${String(error)}); rebuilding it`);
    return openDatabase({ loadDataDir: await (await migratedDump()).dump });
  }
}
