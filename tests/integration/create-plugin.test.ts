import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs `pnpm create-plugin` into a throwaway repository root and checks the result builds
// (validates), typechecks, passes its own tests and is registered, as the tutorial promises.
const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = (path: string) => join(repo, path);
let root: string;

function run(args: string[], cwd = repo) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const tsx = (...args: string[]) => run([bin('node_modules/tsx/dist/cli.mjs'), ...args]);

async function link(name: string, target: string) {
  await mkdir(join(root, 'node_modules', name, '..'), { recursive: true });
  await symlink(target, join(root, 'node_modules', name), 'dir');
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'spejl-create-plugin-'));
  await copyFile(bin('tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  await link('@spejl/plugin-sdk', bin('packages/plugin-sdk'));
  await link('@spejl/plugin-testing', bin('packages/plugin-testing'));
  for (const name of ['vitest', '@types/node']) await link(name, bin(`node_modules/${name}`));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe.each(['theme', 'report'] as const)('pnpm create-plugin %s', (kind) => {
  const dir = () => join(root, 'plugins', `${kind}-probe-${kind}`);

  it('scaffolds a package that builds, typechecks and passes its own tests', () => {
    const created = tsx(bin('scripts/create-plugin.ts'), kind, `probe-${kind}`, '--root', root, '--no-install');
    expect(created.output).toContain(`created`);
    expect(created.status).toBe(0);

    const build = run([bin('packages/plugin-sdk/bin/spejl-plugin.mjs'), 'validate', dir()]);
    expect(build.output).toContain(`✓ @spejl/${kind}-probe-${kind}: ${kind} "probe-${kind}" 1.0.0 is valid`);

    const typecheck = run([bin('node_modules/typescript/bin/tsc'), '-p', join(dir(), 'tsconfig.json')]);
    expect(typecheck.output.trim()).toBe('');
    expect(typecheck.status).toBe(0);

    const tests = run([bin('node_modules/vitest/vitest.mjs'), 'run', '--root', dir()], dir());
    expect(tests.output).toMatch(kind === 'theme' ? /Tests\s+3 passed/ : /Tests\s+2 passed/);
    expect(tests.status).toBe(0);
  });

  it('is registered by the registry build', () => {
    const registry = tsx(bin('packages/plugin-registry/src/generate/main.ts'), root, join(root, 'registry.generated.ts'));
    expect(registry.output).toContain(`${kind} probe-${kind}@1.0.0`);
    expect(registry.status).toBe(0);
  });

  it('refuses to overwrite an existing plugin', () => {
    const again = tsx(bin('scripts/create-plugin.ts'), kind, `probe-${kind}`, '--root', root, '--no-install');
    expect(again.status).toBe(1);
    expect(again.output).toContain('already exists');
  });
});
