import { toIndex } from '../scales/agree5.ts';
import type { Cell } from './document.ts';
import type { Suppressed } from './view.ts';

/** Any published aggregate's score fields, or a withheld one, or nothing (role not asked). */
export type Aggregate = { readonly suppressed: false; readonly mean: number | null; readonly n: number } | Suppressed | undefined;

/** A table or heatmap cell: the mean with its index, the reason it is withheld, or empty. */
export function cellOf(aggregate: Aggregate): Cell {
  if (!aggregate) return null;
  if (aggregate.suppressed) return { suppressed: true, reason: aggregate.reason };
  return aggregate.mean === null ? null : { suppressed: false, mean: aggregate.mean, index: toIndex(aggregate.mean), n: aggregate.n };
}

/** The mean of a published aggregate, or null when it is withheld, missing or empty. */
export function meanOf(aggregate: Aggregate): number | null {
  return aggregate && !aggregate.suppressed ? aggregate.mean : null;
}
