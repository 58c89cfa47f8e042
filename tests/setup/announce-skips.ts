import { existsSync } from 'node:fs';

/** Says loudly, once per run, which parts of the suite this machine cannot run. */
export default function announceSkips(): void {
  const lines: string[] = [];
  if (!process.env.DATABASE_URL) {
    lines.push('DATABASE_URL is not set: integration tests run on embedded PGlite only, NOT on PostgreSQL.');
  }
  if (!process.env.CITUS_DATABASE_URL) {
    lines.push('CITUS_DATABASE_URL is not set: integration tests do NOT run on Citus (start a cluster with scripts/citus-cluster.sh).');
  }
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    lines.push('Chromium was not found (install Debian\'s `chromium` or set CHROMIUM_PATH): browser tests do NOT run.');
  }
  if (lines.length) {
    const bar = '!'.repeat(78);
    console.warn(`\n${bar}\n${lines.map((l) => `!! SKIPPED: ${l}`).join('\n')}\n${bar}\n`);
  }
}
