import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The plugin package folders under `<root>/plugins`, sorted so the registry is the same on every machine. */
export async function discoverPluginDirs(root: string): Promise<string[]> {
  const base = join(root, 'plugins');
  const names = await readdir(base).catch(() => [] as string[]);
  const dirs: string[] = [];
  for (const name of names.sort()) {
    const dir = join(base, name);
    const hasPackage = await stat(join(dir, 'package.json')).then((s) => s.isFile(), () => false);
    if (hasPackage) dirs.push(dir);
  }
  return dirs;
}
