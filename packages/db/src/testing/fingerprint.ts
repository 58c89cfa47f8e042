import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map(async (e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  }));
  return nested.flat().sort();
}

let fingerprint: Promise<string> | undefined;

/**
 * A hash of everything that decides what a freshly migrated database holds: every source file of
 * this package but the test harness (migrations, Citus distribution, roles, and what they import).
 * A migrated template is reused while it is unchanged and rebuilt under a new name when not, so a
 * checkout with another migration never starts from a template made by this one.
 */
export function schemaFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha256');
    for (const file of await sourceFiles(SOURCE_ROOT)) {
      hash.update(relative(SOURCE_ROOT, file)).update('\0').update(await readFile(file)).update('\0');
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return fingerprint;
}
