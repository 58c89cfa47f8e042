import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sdk = fileURLToPath(new URL('../../plugin-sdk', import.meta.url));

/** A throwaway repository root with a plugins/ folder whose packages can import @spejl/plugin-sdk. */
export async function pluginTree(): Promise<{ root: string; add(name: string, pkg: object, source: string): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'spejl-registry-'));
  await mkdir(join(root, 'node_modules', '@spejl'), { recursive: true });
  await symlink(sdk, join(root, 'node_modules', '@spejl', 'plugin-sdk'), 'dir');
  return {
    root,
    async add(name, pkg, source) {
      const dir = join(root, 'plugins', name);
      await mkdir(join(dir, 'src'), { recursive: true });
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: `@probe/${name}`, type: 'module', exports: { '.': './src/index.ts' }, ...pkg }));
      await writeFile(join(dir, 'src', 'index.ts'), source);
    },
  };
}

/** Source of a small theme plugin; `items` is spliced in as written. */
export function themeSource(id: string, items: string): string {
  const t = (s: string) => `{ da: '${s}', en: '${s}' }`;
  return `import { defineTheme } from '@spejl/plugin-sdk';
export default defineTheme({
  id: '${id}', version: '1.0.0', roles: ['employee', 'self', 'superior'], locales: ['da', 'en'],
  title: ${t('Prøve')}, about: { what: ${t('a')}, why: ${t('b')} },
  intro: { employee: ${t('i')}, self: ${t('i')}, superior: ${t('i')} },
  items: ${items},
});
`;
}

/** A complete item for themeSource. */
export const goodItem = `[{ id: 'x', label: { da: 'X', en: 'X' }, text: { employee: { da: 'x', en: 'x' }, self: { da: 'x', en: 'x' }, superior: { da: 'x', en: 'x' } } }]`;
