import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PluginDefinitionError, type DefinitionIssue } from '../errors.ts';
import { parsePluginPackageJson, type PluginManifest } from '../manifest/manifest.ts';
import { isTheme } from '../theme/define-theme.ts';
import { isReport, type ReportPlugin } from '../report/define-report.ts';
import type { AnyTheme } from '../theme/types.ts';

/** A plugin package found on disk, validated: manifest, entry file and the defined plugin. */
export interface LoadedPlugin {
  readonly name: string;
  /** The package folder, relative to the root the caller gave. */
  readonly dir: string;
  /** The entry file, relative to the package folder. */
  readonly entry: string;
  readonly manifest: PluginManifest;
  readonly plugin: AnyTheme | ReportPlugin;
}

/** Why a plugin package could not be loaded: the file to look at and every issue in it. */
export class PluginLoadError extends Error {
  override readonly name = 'PluginLoadError';
  constructor(
    readonly file: string,
    readonly issues: DefinitionIssue[],
  ) {
    super(`${file}:\n${issues.map((i) => `  - ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n')}`);
  }
}

function entryOf(pkg: Record<string, unknown>): string | null {
  const exports = pkg.exports;
  if (typeof exports === 'string') return exports;
  if (exports && typeof exports === 'object') {
    const dot = (exports as Record<string, unknown>)['.'];
    if (typeof dot === 'string') return dot;
    if (dot && typeof dot === 'object' && typeof (dot as { default?: unknown }).default === 'string') return (dot as { default: string }).default;
  }
  return typeof pkg.main === 'string' ? pkg.main : null;
}

/**
 * Loads and validates the plugin package in `dir`: its package.json manifest (kind, sdk
 * range), its entry file, and its default export (built with defineTheme/defineReport,
 * of the kind the manifest says). Needs a runtime that imports TypeScript (tsx, vitest).
 */
export async function loadPluginPackage(dir: string, root = process.cwd()): Promise<LoadedPlugin> {
  const where = relative(root, dir) || '.';
  const pkgFile = join(where, 'package.json');
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new PluginLoadError(pkgFile, [{ path: '', message: `cannot read it as JSON: ${(error as Error).message}` }]);
  }
  let parsed: ReturnType<typeof parsePluginPackageJson>;
  try {
    parsed = parsePluginPackageJson(pkg, pkgFile);
  } catch (error) {
    if (error instanceof PluginDefinitionError) throw new PluginLoadError(pkgFile, error.issues);
    throw error;
  }
  const entry = entryOf(pkg);
  if (!entry) throw new PluginLoadError(pkgFile, [{ path: 'exports', message: 'no entry file: add "exports": { ".": "./src/index.ts" }' }]);
  const entryFile = join(where, entry);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(join(dir, entry)).href)) as { default?: unknown };
  } catch (error) {
    if (error instanceof PluginDefinitionError) throw new PluginLoadError(entryFile, error.issues.map((i) => ({ ...i, path: i.path ? `${error.subject} › ${i.path}` : error.subject })));
    throw new PluginLoadError(entryFile, [{ path: '', message: `cannot be imported: ${(error as Error).message}` }]);
  }
  const plugin = mod.default;
  const kind = parsed.manifest.kind;
  const matches = kind === 'theme' ? isTheme(plugin) : isReport(plugin);
  if (!matches) {
    const found = isTheme(plugin) ? 'a theme' : isReport(plugin) ? 'a report' : typeof plugin === 'undefined' ? 'no default export' : `a ${typeof plugin}`;
    throw new PluginLoadError(entryFile, [{ path: 'default export', message: `the manifest says "${kind}", so the default export must be define${kind === 'theme' ? 'Theme' : 'Report'}(…); found ${found}` }]);
  }
  return { name: parsed.name, dir: where, entry, manifest: parsed.manifest, plugin: plugin as AnyTheme | ReportPlugin };
}
