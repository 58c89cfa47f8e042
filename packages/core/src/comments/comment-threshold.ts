import { z } from 'zod';

/*
 * comment_threshold (DESIGN.md, Anonymity): how many forms of a group must have been answered
 * before its comments are shown. Default max(k, 5), never below k; a tenant setting copied into
 * the round at launch and frozen there like k.
 */

/** What an admin may set: a whole number from 3; null goes back to the default. */
export const commentThresholdSchema = z.number().int().min(3, 'the comment threshold is at least 3').max(1000).nullable();

/** The default when the tenant has set none: at least 5, and never below k. */
export function defaultCommentThreshold(k: number): number {
  return Math.max(k, 5);
}

/** The threshold a round launched now locks in: the tenant's setting or the default, and never below k (k may have been raised since). */
export function effectiveCommentThreshold(k: number, stored: number | null): number {
  return Math.max(k, stored ?? defaultCommentThreshold(k));
}
