import type { ImportPreview } from './people-api.ts';

type Counts = NonNullable<ImportPreview['counts']>;

/** Whether applying a file would change anyone: added, moved, renamed, updated or left (unchanged people are no change). */
export function changesAnything(counts: Counts): boolean {
  return counts.added + counts.moved + counts.renamed + counts.updated + counts.left > 0;
}
