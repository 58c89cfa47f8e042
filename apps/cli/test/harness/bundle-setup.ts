import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { bundleCli } from './cli-bundle.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled command line the tests run as `spejl`. */
    spejlCli: string;
  }
}

/** Bundles the command line once for the whole test run, from the sources as they are now. */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-cli-bundle-'));
  const file = join(dir, 'spejl.mjs');
  await bundleCli(fileURLToPath(new URL('../../src/main.ts', import.meta.url)), file);
  project.provide('spejlCli', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
