import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/**
 * Runs a bench script (next to this file) in a fresh Node process with a collectable heap
 * (--expose-gc) and reads the last line it prints as JSON: its figures are then its own, not
 * shaped by what this process allocated before.
 */
export async function runChildScript<T>(name: string, env: Record<string, string>, schema: z.ZodType<T>): Promise<T> {
  const script = fileURLToPath(new URL(`./${name}`, import.meta.url));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${name} exited with ${code}`);
  return schema.parse(JSON.parse(out.trim().split('\n').at(-1)!));
}
