import { toIndex, type Cell, type Suppressed } from '@spejl/plugin-sdk';

type Aggregate = { readonly suppressed: false; readonly mean: number | null; readonly n: number } | Suppressed | undefined;

/** A table or heatmap cell: the mean with its index, the reason it is withheld, or empty when the role was not asked. */
export function cellOf(aggregate: Aggregate): Cell {
  if (!aggregate) return null;
  if (aggregate.suppressed) return { suppressed: true, reason: aggregate.reason };
  return aggregate.mean === null ? null : { suppressed: false, mean: aggregate.mean, index: toIndex(aggregate.mean), n: aggregate.n };
}
