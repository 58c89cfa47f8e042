import type { PeopleDiff } from '../hierarchy/people-diff.ts';

/** A sync marking more than this share of the stored people as left waits for an admin. */
export const HOLD_LEFT_SHARE = 0.2;
/** A sync changing the person ids of more than this share of the stored people waits for an admin. */
export const HOLD_RENUMBERED_SHARE = 0.05;

/** How much of the organisation a sync would change, and whether it must wait for an admin's approval. */
export interface SyncWeight {
  stored: number;
  leftShare: number;
  /** People who leave under one id and come back under another (same e-mail, else same name): a renumbering in the HR system. */
  renumbered: number;
  renumberedShare: number;
  held: boolean;
}

const emailKey = (p: { email: string | null }) => (p.email ? `e:${p.email.toLowerCase()}` : null);
const nameKey = (p: { name: string }) => `n:${p.name.toLocaleLowerCase('da')}`;

/** Weighs a diff against the sync's limits: more than 20 % left, or more than 5 % new person ids, is held. */
export function weighSync(diff: PeopleDiff, stored: number): SyncWeight {
  const added = new Set(diff.added.flatMap((p) => [emailKey(p), nameKey(p)].filter((k): k is string => k !== null)));
  const renumbered = diff.left.filter((p) => added.has(emailKey(p) ?? nameKey(p))).length;
  const share = (n: number) => (stored === 0 ? 0 : n / stored);
  const leftShare = share(diff.left.length);
  const renumberedShare = share(renumbered);
  return { stored, leftShare, renumbered, renumberedShare, held: leftShare > HOLD_LEFT_SHARE || renumberedShare > HOLD_RENUMBERED_SHARE };
}
