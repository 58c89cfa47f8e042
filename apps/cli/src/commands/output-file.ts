import { rename, writeFile } from 'node:fs/promises';
import { codedError } from '@spejl/core';

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it,
 * so an interrupted export never leaves half a file behind.
 */
export async function writeWhole(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.part`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch {
    throw codedError('BAD_INPUT', 'cli.cannotWrite', { path });
  }
}
