// `pnpm create-plugin theme|report NAME [--root DIR] [--no-install]`: scaffolds a plugin package
// under plugins/ that validates, is registered and passes its own tests before you change a line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PluginId } from '../packages/plugin-sdk/src/index.ts';
import { reportTemplate } from './plugin-templates/report.ts';
import { themeTemplate } from './plugin-templates/theme.ts';

const USAGE = 'usage: pnpm create-plugin theme|report NAME [--root DIR] [--no-install]';

interface Options {
  kind: 'theme' | 'report';
  name: string;
  root: string;
  install: boolean;
}

function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let install = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--no-install') install = false;
    else if (arg === '--root') root = resolve(args[++i] ?? fail('--root needs a folder'));
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [kind, name] = positional;
  if (kind !== 'theme' && kind !== 'report') fail(`the first argument must be "theme" or "report", got ${JSON.stringify(kind ?? '')}`);
  const id = PluginId.safeParse(name);
  if (!id.success) fail(`NAME: ${id.error.issues[0]?.message ?? 'invalid'}`);
  return { kind, name: id.data, root, install };
}

function fail(message: string): never {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(1);
}

function run(command: string, args: string[], cwd: string): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${status})`);
}

const options = parseArgs(process.argv.slice(2));
const dir = join(options.root, 'plugins', `${options.kind}-${options.name}`);
if (existsSync(dir)) fail(`${relative(process.cwd(), dir)} already exists; pick another NAME`);

const files = options.kind === 'theme' ? themeTemplate(options.name) : reportTemplate(options.name);
for (const [path, content] of Object.entries(files)) {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}
console.log(`✓ created ${relative(process.cwd(), dir) || dir} (${Object.keys(files).length} files)`);

if (options.install) {
  run('pnpm', ['install'], options.root);
  run('pnpm', ['--filter', '@spejl/plugin-registry', 'build'], options.root);
  const pkg = `@spejl/${options.kind}-${options.name}`;
  console.log(`\nNext: edit ${join(relative(process.cwd(), dir), 'src/index.ts')}, then
  pnpm --filter ${pkg} test     # its own tests
  pnpm --filter ${pkg} build    # validates it, naming any error's path
  pnpm start${' '.repeat(pkg.length + 14)}# see it in the console`);
}
