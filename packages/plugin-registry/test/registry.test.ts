import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateRegistry, RegistryError } from '../src/generate/generate.ts';
import { themes, findTheme } from '../src/index.ts';
import { goodItem, pluginTree, themeSource } from './plugin-tree.ts';

const manifest = { spejl: { kind: 'theme', sdk: '^1' } };

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(RegistryError);
  return (error as RegistryError).problems;
}

describe('plugin registry generation', () => {
  it('registers the repository’s themes', () => {
    expect(themes.map((t) => t.id)).toEqual(expect.arrayContaining(['borgerorientering', 'faglig-ledelse']));
    expect(findTheme('borgerorientering')?.items).toHaveLength(4);
  });

  it('writes an importable registry of valid plugins', async () => {
    const tree = await pluginTree();
    await tree.add('theme-probe', manifest, themeSource('probe', goodItem));
    const out = join(tree.root, 'registry.generated.ts');
    await generateRegistry(tree.root, out);
    expect(await readFile(out, 'utf8')).toContain("import plugin0 from './plugins/theme-probe/src/index.ts';");
    const generated = (await import(pathToFileURL(out).href)) as { generatedPlugins: { kind: string; plugin: { id: string } }[] };
    expect(generated.generatedPlugins.map((p) => `${p.kind}:${p.plugin.id}`)).toEqual(['theme:probe']);
  });

  it('names the file and the error of every broken plugin', async () => {
    const tree = await pluginTree();
    await tree.add('theme-missing-text', manifest, themeSource('mangler', goodItem.replace(", superior: { da: 'x', en: 'x' }", '')));
    await tree.add('theme-future', { spejl: { kind: 'theme', sdk: '^2' } }, themeSource('fremtid', goodItem));
    await tree.add('theme-no-manifest', {}, themeSource('uden', goodItem));
    await tree.add('theme-wrong-kind', { spejl: { kind: 'report', sdk: '^1' } }, themeSource('forkert', goodItem));
    await tree.add('theme-twin-a', manifest, themeSource('tvilling', goodItem));
    await tree.add('theme-twin-b', manifest, themeSource('tvilling', goodItem));
    await tree.add('theme-local', manifest, themeSource('lokale', goodItem));
    const problems = await problemsOf(generateRegistry(tree.root, join(tree.root, 'out.ts')));
    expect(problems).toEqual([
      'plugins/theme-future/package.json:\n  - spejl.sdk: the plugin needs SDK ^2, but this is SDK 1.4.0; update the plugin or its "sdk" range',
      'plugins/theme-missing-text/src/index.ts:\n  - theme "mangler" › items.0.text.superior: missing the superior statement (needs da, en)',
      'plugins/theme-no-manifest/package.json:\n  - spejl: missing the "spejl" manifest, e.g. { "kind": "theme", "sdk": "^1" }',
      'plugins/theme-wrong-kind/src/index.ts:\n  - default export: the manifest says "report", so the default export must be defineReport(…); found a theme',
      'plugins/theme-local/src/index.ts:\n  - id: "lokale" is reserved for each organisation\'s local questions',
      'plugins/theme-twin-b/src/index.ts:\n  - id: theme id "tvilling" is already used by plugins/theme-twin-a',
    ]);
  });

  it('fails the build command with exit code 1 and the plugin’s path', async () => {
    const tree = await pluginTree();
    await tree.add('theme-broken', manifest, themeSource('brudt', '[]'));
    const main = fileURLToPath(new URL('../src/generate/main.ts', import.meta.url));
    const run = spawnSync('pnpm', ['exec', 'tsx', main, tree.root, join(tree.root, 'out.ts')], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('plugins/theme-broken/src/index.ts:\n  - theme "brudt" › items: a theme needs at least one item');
  });
});
