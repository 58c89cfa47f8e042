import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { LOCAL_THEME_ID } from '@spejl/plugin-sdk';
import { loadPluginPackage, PluginLoadError, type LoadedPlugin } from '@spejl/plugin-sdk/node';
import { discoverPluginDirs } from './discover.ts';

/** Every reason the registry could not be generated, each naming the file to fix. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(readonly problems: string[]) {
    super(`the plugin registry cannot be built:\n${problems.join('\n')}`);
  }
}

function duplicateIds(plugins: LoadedPlugin[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, LoadedPlugin>();
  for (const p of plugins) {
    const key = `${p.manifest.kind}:${p.plugin.id}`;
    const first = seen.get(key);
    if (first) problems.push(`${join(p.dir, p.entry)}:\n  - id: ${p.manifest.kind} id "${p.plugin.id}" is already used by ${first.dir}`);
    else seen.set(key, p);
    if (p.manifest.kind === 'theme' && p.plugin.id === LOCAL_THEME_ID) {
      problems.push(`${join(p.dir, p.entry)}:\n  - id: "${LOCAL_THEME_ID}" is reserved for each organisation's local questions`);
    }
  }
  return problems;
}

function render(plugins: LoadedPlugin[], root: string, outFile: string): string {
  const importPath = (p: LoadedPlugin) => {
    const path = relative(dirname(outFile), join(root, p.dir, p.entry)).split('\\').join('/');
    return path.startsWith('.') ? path : `./${path}`;
  };
  const lines = [
    '// Generated from plugins/*/package.json by @spejl/plugin-registry (pnpm build). Do not edit.',
    "import type { GeneratedPlugin } from './generated-plugin.ts';",
    ...plugins.map((p, i) => `import plugin${i} from '${importPath(p)}';`),
    '',
    '/** Every plugin found at build time, validated: package name, folder, kind and the defined plugin. */',
    'export const generatedPlugins: readonly GeneratedPlugin[] = [',
    ...plugins.map((p, i) => `  { name: ${JSON.stringify(p.name)}, dir: ${JSON.stringify(p.dir)}, kind: ${JSON.stringify(p.manifest.kind)}, plugin: plugin${i} },`),
    '];',
    '',
  ];
  return lines.join('\n');
}

/**
 * Finds, loads and validates every plugin under `<root>/plugins` and writes the registry
 * module to `outFile` (only when its content changes). Throws RegistryError listing every
 * broken plugin with its file and error.
 */
export async function generateRegistry(root: string, outFile: string): Promise<LoadedPlugin[]> {
  const loaded: LoadedPlugin[] = [];
  const problems: string[] = [];
  for (const dir of await discoverPluginDirs(root)) {
    try {
      loaded.push(await loadPluginPackage(dir, root));
    } catch (error) {
      if (error instanceof PluginLoadError) problems.push(error.message);
      else throw error;
    }
  }
  problems.push(...duplicateIds(loaded));
  if (problems.length) throw new RegistryError(problems);
  const code = render(loaded, root, outFile);
  const current = await readFile(outFile, 'utf8').catch(() => null);
  if (current !== code) await writeFile(outFile, code);
  return loaded;
}
