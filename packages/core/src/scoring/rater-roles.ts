/** The rater roles a round collects, in the order every roll-up array and export uses. */
export const ROLLUP_ROLES = ['employee', 'self', 'superior', 'peer'] as const;
/** One rater role of a roll-up. */
export type RollupRole = (typeof ROLLUP_ROLES)[number];
/** Number of rater roles in the roll-up arrays. */
export const ROLE_COUNT = ROLLUP_ROLES.length;
/** The array index of the peer role. */
export const PEER_ROLE = ROLLUP_ROLES.indexOf('peer');

/** Employee and peer forms are anonymous and threshold-protected (each role its own k); self and superior are one known person each. */
export function isAnonymousRole(role: number): boolean {
  return ROLLUP_ROLES[role] === 'employee' || role === PEER_ROLE;
}

/** The array index of a role name, or -1 when Spejl does not collect that role. */
export function roleIndex(role: string): number {
  return (ROLLUP_ROLES as readonly string[]).indexOf(role);
}
