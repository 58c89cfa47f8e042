import { basename, dirname, resolve } from 'node:path';
import { PluginLoadError, loadPluginPackage } from './load-plugin.ts';

/**
 * `spejl-plugin validate [DIR]`: loads the plugin package in DIR (default: here) and
 * prints what is wrong and where; returns the exit code.
 */
export async function validateCommand(args: readonly string[], log = console): Promise<number> {
  const [command = 'validate', dir = '.'] = args;
  if (command !== 'validate') {
    log.error(`unknown command "${command}"; usage: spejl-plugin validate [DIR]`);
    return 2;
  }
  const pluginDir = resolve(dir);
  // Name files from the repository root (`plugins/theme-x/src/index.ts`), as the registry build does.
  const parent = dirname(pluginDir);
  const root = basename(parent) === 'plugins' ? dirname(parent) : parent;
  try {
    const loaded = await loadPluginPackage(pluginDir, root);
    log.log(`✓ ${loaded.name}: ${loaded.manifest.kind} "${loaded.plugin.id}" ${loaded.plugin.version} is valid`);
    return 0;
  } catch (error) {
    if (error instanceof PluginLoadError) {
      log.error(`✗ ${error.message}`);
      return 1;
    }
    throw error;
  }
}
