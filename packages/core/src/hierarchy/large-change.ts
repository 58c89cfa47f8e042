import { SpejlError } from '../errors/spejl-error.ts';
import type { DiffCounts } from './people-diff.ts';
import { peopleIssue } from './people-issues.ts';

/** The share of people (whole percent) an import may mark as left or move before it must be confirmed, unless the tenant chose another. */
export const DEFAULT_LARGE_CHANGE_PERCENT = 10;

/** How much of the organisation an import removes or moves, against the tenant's limit. */
export interface LargeChange {
  left: number;
  moved: number;
  /** People stored before the import. */
  people: number;
  /** (left + moved) / people; 0 when nobody is stored yet. */
  share: number;
  /** The tenant's limit, in whole percent. */
  limitPercent: number;
  /** More than the limit leaves or moves: the import is applied only when confirmed. */
  needsConfirmation: boolean;
}

/**
 * Weighs an import's removals and moves against the people stored before it. "More than" the
 * limit, compared in integers so that 10 of 100 at 10 % is at the limit, never past it by rounding.
 * A first import (nobody stored) removes and moves nobody, so it never asks.
 */
export function assessChange(counts: Pick<DiffCounts, 'left' | 'moved'>, people: number, limitPercent: number): LargeChange {
  const affected = counts.left + counts.moved;
  return {
    left: counts.left,
    moved: counts.moved,
    people,
    share: people === 0 ? 0 : affected / people,
    limitPercent,
    needsConfirmation: affected > 0 && affected * 100 > limitPercent * people,
  };
}

/** Refuses an unconfirmed large change: a BAD_INPUT SpejlError whose one issue names the numbers. */
export function refuseUnconfirmed(change: LargeChange): never {
  const issue = peopleIssue('largeChange', { left: change.left, moved: change.moved, people: change.people, limit: change.limitPercent });
  throw new SpejlError('BAD_INPUT', `nothing was imported: ${issue.message}`, [issue], { code: 'people.largeChange', params: { left: change.left, moved: change.moved, people: change.people, limit: change.limitPercent } });
}
