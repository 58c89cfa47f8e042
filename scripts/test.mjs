// The whole test suite, as the README's second command runs it: lint, types, build, every vitest project,
// then every bench once on small data (against DATABASE_URL), so a change that breaks a bench fails here.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', ['pnpm', 'lint']],
  ['typecheck', ['pnpm', 'typecheck']],
  ['build', ['pnpm', 'build']],
  ['tests', ['pnpm', 'exec', 'vitest', 'run']],
];
const bar = '!'.repeat(78);
const benchSkipped = `\n${bar}\n!! SKIPPED: DATABASE_URL is not set: the benches (pnpm bench --small) do NOT run.\n${bar}\n`;
if (process.env.DATABASE_URL) steps.push(['benches on small data', ['pnpm', 'bench', '--small']]);
else console.warn(benchSkipped);

for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n── ${name}: ${[cmd, ...args].join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
// Said again at the end, where a reader of a long run looks.
if (!process.env.DATABASE_URL) console.warn(benchSkipped);
