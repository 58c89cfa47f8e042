// `pnpm --filter @spejl/plugin-registry build`: validates every plugin and writes src/registry.generated.ts.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { generateRegistry, RegistryError } from './generate.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(process.argv[2] ?? resolve(here, '../../../..'));
const out = resolve(process.argv[3] ?? resolve(here, '../registry.generated.ts'));

try {
  const plugins = await generateRegistry(root, out);
  console.log(`plugin registry: ${plugins.map((p) => `${p.manifest.kind} ${p.plugin.id}@${p.plugin.version}`).join(', ') || 'no plugins'}`);
} catch (error) {
  if (!(error instanceof RegistryError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exitCode = 1;
}
