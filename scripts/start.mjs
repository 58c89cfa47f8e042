// `pnpm start`: builds the web apps, then runs the server with the embedded database (or DATABASE_URL),
// seeding the demo tenant into an empty database and printing the URL and sign-in credentials.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What is built before serving. Through turbo, so a second start with unchanged sources takes its cached build. */
const builds = ['@spejl/plugin-registry', '@spejl/admin', '@spejl/survey'];

if (process.env.SPEJL_SKIP_BUILD !== '1') {
  console.log(`── building ${builds.join(', ')} (cached when unchanged)`);
  const filters = builds.flatMap((name) => ['--filter', name]);
  const { status } = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (status !== 0) {
    console.error(`\n✗ building the web apps failed (exit ${status}); fix the error above or set SPEJL_SKIP_BUILD=1 to serve what is built`);
    process.exit(status ?? 1);
  }
}

console.log('── starting Spejl');
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/server/src/main.ts'), '--demo'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SPEJL_DATA_DIR: process.env.SPEJL_DATA_DIR || join(root, '.spejl') },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
