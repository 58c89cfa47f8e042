import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Thrown when another live process has the embedded database open. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  constructor(
    message: string,
    /** The data directory, and the process holding it (when known), for a client that says this in its own words. */
    readonly dataDir: string,
    readonly pid?: number,
  ) {
    super(message);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims the embedded database for this process. PGlite is a single-process database:
 * two processes opening one data directory lose each other's writes (or corrupt it), so
 * the second one must be refused. A lock left by a process that died is taken over.
 * Returns the function that releases the claim.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'pgdata.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx', mode: 0o600 });
      const release = () => {
        process.off('exit', release);
        if (holder(lockFile) === process.pid) rmSync(lockFile, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holder(lockFile);
      if (pid !== undefined && pid !== process.pid && isAlive(pid)) {
        throw new DataDirInUseError(
          `the embedded database in ${dataDir} is in use by another Spejl process (pid ${pid}); ` +
            'stop the server before running commands against it, or run both against PostgreSQL with DATABASE_URL',
          dataDir,
          pid,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirInUseError(`could not claim the embedded database in ${dataDir}: ${lockFile} keeps reappearing`, dataDir);
}
