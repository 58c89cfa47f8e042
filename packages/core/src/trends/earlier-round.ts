import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import type { SnapshotUnit, UnitMapping } from './unit-predecessor.ts';

/** An earlier closed round as a trend reads it: its filtered roll-up only (never raw forms) and its units. */
export interface EarlierRound {
  readonly roundId: string;
  readonly name: string;
  readonly closedAt: string | null;
  readonly rollup: FilteredRollup;
  /** Its leaders' units as frozen at its launch. */
  readonly units: readonly SnapshotUnit[];
}

/** What a round's reports need to follow their groups back in time. */
export interface TrendSource {
  /** Earlier closed rounds, oldest first (at most MAX_EARLIER_ROUNDS). */
  readonly earlier: readonly EarlierRound[];
  /** This round's leaders' units. */
  readonly units: readonly SnapshotUnit[];
  /** The admin's mappings from earlier rounds' units to this round's. */
  readonly mappings: readonly UnitMapping[];
}

/** How far back a trend reaches: with this round, five rounds fit a chart and a page. */
export const MAX_EARLIER_ROUNDS = 4;
