// `pnpm start`: builds the web apps, then runs the server with the embedded database (or DATABASE_URL),
// seeding the demo tenant into an empty database and printing the URL and sign-in credentials.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages built before serving, in order; each is skipped when it does not exist (yet) or has no build script. */
const builds = ['packages/plugin-registry', 'apps/admin', 'apps/survey'];

function buildScriptOf(dir) {
  const manifest = join(root, dir, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  return pkg.scripts?.build ? pkg.name : undefined;
}

if (process.env.SPEJL_SKIP_BUILD !== '1') {
  for (const dir of builds) {
    const name = buildScriptOf(dir);
    if (!name) {
      console.log(`── skipping ${dir}: not there or nothing to build`);
      continue;
    }
    console.log(`── building ${name}`);
    const { status } = spawnSync('pnpm', ['--filter', name, 'build'], { cwd: root, stdio: 'inherit' });
    if (status !== 0) {
      console.error(`\n✗ building ${name} failed (exit ${status}); fix the error above or set SPEJL_SKIP_BUILD=1 to serve what is built`);
      process.exit(status ?? 1);
    }
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
