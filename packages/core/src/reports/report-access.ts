import type { LeaderTree } from '../scoring/leader-tree.ts';

/** Who asks for a report: their role in the tenant and, for leaders, the person they are. */
export interface ReportReader {
  readonly role: 'operator' | 'admin' | 'analyst' | 'leader';
  readonly personId: string | null;
}

/** The tenant's policy on who reads leader and chain reports beyond admins and analysts. */
export interface ReportAccessPolicy {
  /** A leader may read the reports of the leaders directly below them in the round's hierarchy. */
  readonly superiorReadsReports: boolean;
}

/** True when the reader sees every report of the tenant (operators, admins, analysts). */
export function readsAllReports(reader: ReportReader): boolean {
  return reader.role !== 'leader';
}

/**
 * Whether `reader` may read the leader or chain report about `leaderId` in a round with this
 * frozen hierarchy: always their own; a direct report's only when the tenant allows it.
 */
export function mayReadLeader(reader: ReportReader, leaderId: string, tree: LeaderTree, policy: ReportAccessPolicy): boolean {
  if (readsAllReports(reader)) return true;
  if (reader.personId === null) return false;
  if (reader.personId === leaderId) return true;
  if (!policy.superiorReadsReports) return false;
  const slot = tree.slotOfPersonId.get(leaderId);
  const own = tree.slotOfPersonId.get(reader.personId);
  return slot !== undefined && own !== undefined && tree.leaderParent[slot] === own;
}

/** The organisation overview is for those who read every report. */
export function mayReadTenant(reader: ReportReader): boolean {
  return readsAllReports(reader);
}
