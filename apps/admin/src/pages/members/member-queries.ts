/** vue-query keys of a tenant's members and invitations, and of its outbox (an invitation adds mail there). */
export const memberKeys = {
  list: (tenantId: string) => ['members', tenantId] as const,
  outbox: (tenantId: string) => ['outbox', tenantId] as const,
};

/** The roles an admin can hand out, most powerful first. */
export const MEMBER_ROLES = ['admin', 'analyst', 'leader'] as const;
/** A role a member can hold. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** The person a leader is in the hierarchy, as the pickers and lists show them. */
export interface ChosenLeader {
  personId: string;
  name: string;
  unitName: string | null;
}
