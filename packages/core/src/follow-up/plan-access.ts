import type { TenantRole } from '../tenants/tenant-access.ts';

/** Who beyond the leader reads follow-up plans: the tenant's policy. */
export interface FollowUpPolicy {
  /** A leader reads the plans of the leaders directly below them in the round (default on). */
  readonly superiorReadsPlans: boolean;
  /** What admins, analysts and operators read: the status only (default) or everything. */
  readonly staffReads: 'status' | 'everything';
}

/** The tenant's default policy. */
export const DEFAULT_FOLLOW_UP_POLICY: FollowUpPolicy = { superiorReadsPlans: true, staffReads: 'status' };

/** Who asks: their role in the tenant and the person they are, if any. */
export interface PlanReader {
  readonly role: TenantRole;
  readonly personId: string | null;
}

/**
 * What a reader may do with one plan: `owner` writes it, `superior` reads it and confirms the talk,
 * `talk` is the superior where the tenant keeps plans from superiors (they see the talk they held,
 * its agreements, and confirm them; not the leader's notes or actions), `reader` reads everything,
 * `status` sees how far it has come, `none` learns nothing (not even that it exists).
 */
export type PlanAccess = 'owner' | 'superior' | 'talk' | 'reader' | 'status' | 'none';

/** The access `reader` has to the plan of `leaderId`, whose superior in the round is `superiorId`. */
export function planAccess(reader: PlanReader, plan: { leaderId: string; superiorId: string | null }, policy: FollowUpPolicy): PlanAccess {
  if (reader.personId !== null && reader.personId === plan.leaderId) return 'owner';
  if (reader.personId !== null && reader.personId === plan.superiorId) return policy.superiorReadsPlans ? 'superior' : 'talk';
  if (reader.role === 'leader') return 'none';
  return policy.staffReads === 'everything' ? 'reader' : 'status';
}

/** Whether the access confirms the talk: the leader's superior in the round, whatever the plan policy. */
export function confirmsTalk(access: PlanAccess): boolean {
  return access === 'superior' || access === 'talk';
}

/** Whether the access shows what the plan says (notes, focus points' actions, agreements). */
export function readsPlanText(access: PlanAccess): boolean {
  return access === 'owner' || access === 'superior' || access === 'reader';
}
