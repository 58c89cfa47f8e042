import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/*
 * The command line as one ES module, for the tests that run `spejl` as a separate process.
 * Starting the TypeScript sources through tsx costs about two seconds a process (hundreds of
 * files, each resolved and compiled through loader hooks); the bundle starts in a fraction of
 * that, and the tests run well over a hundred processes. The workspace's sources and the
 * packages they use go into the bundle (loading hundreds of ESM files is most of a start), except
 * the packages that find files beside themselves: those stay outside, imported by the absolute
 * path they resolve to from the file that imports them (pnpm keeps a package where only its
 * dependants can resolve it).
 */

/**
 * Packages that load files from beside themselves, so must stay where they are: PGlite's WebAssembly
 * and data, and the SFTP client's optional native add-ons (ssh2 tries them and goes on without).
 */
const LOCATED = /^(@electric-sql\/pglite|ssh2|ssh2-sftp-client)(\/|$)/;

/** Bare specifiers of the LOCATED packages: imported from where the importing source resolves them. */
function externalPackages(): Plugin {
  return {
    name: 'external-packages',
    setup(plugin) {
      plugin.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (!LOCATED.test(args.path) || args.pluginData === 'resolving') return undefined;
        const resolved = await plugin.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: resolved.external ? args.path : resolved.path, external: true };
      });
    },
  };
}

/** `import.meta.url` keeps meaning the source file, for code that finds files beside itself (fonts, the PDF thread). */
function sourceLocations(): Plugin {
  return {
    name: 'source-locations',
    setup(plugin) {
      plugin.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const source = await readFile(args.path, 'utf8');
        return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
      });
    },
  };
}

/** Writes the bundle of `entry` to `outfile`. */
export async function bundleCli(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    plugins: [externalPackages(), sourceLocations()],
  });
}
