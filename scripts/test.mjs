// The whole test suite, as the README's second command runs it: lint, types, build, then every vitest project.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', ['pnpm', 'lint']],
  ['typecheck', ['pnpm', 'typecheck']],
  ['build', ['pnpm', 'build']],
  ['tests', ['pnpm', 'exec', 'vitest', 'run']],
];

for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n── ${name}: ${[cmd, ...args].join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
