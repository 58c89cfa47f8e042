import { fileURLToPath } from 'node:url';
import { generateRegistry } from './generate.ts';

/** Vitest global setup: (re)generates the registry so tests on a fresh clone and after plugin edits see the current plugins. */
export default async function generateBeforeTests(): Promise<void> {
  await generateRegistry(fileURLToPath(new URL('../../../..', import.meta.url)), fileURLToPath(new URL('../registry.generated.ts', import.meta.url)));
}
