// Node-only helpers for plugin packages on disk (kept out of the main entry so browsers never load fs).
export { loadPluginPackage, PluginLoadError, type LoadedPlugin } from './load-plugin.ts';
export { validateCommand } from './validate-command.ts';
