/** The rater roles a round collects, in the order every roll-up array and export uses. */
export const ROLLUP_ROLES = ['employee', 'self', 'superior'] as const;
/** One rater role of a roll-up. */
export type RollupRole = (typeof ROLLUP_ROLES)[number];
/** Number of rater roles in the roll-up arrays. */
export const ROLE_COUNT = ROLLUP_ROLES.length;

/** Employee forms are anonymous and threshold-protected; self and superior are one known person each. */
export function isAnonymousRole(role: number): boolean {
  return ROLLUP_ROLES[role] === 'employee';
}

/** The array index of a role name, or -1 when Spejl does not collect that role. */
export function roleIndex(role: string): number {
  return (ROLLUP_ROLES as readonly string[]).indexOf(role);
}
