export * from './settings.ts';
export { tenantAccess, userTenantAccess, sessionTenantAccess, type TenantAccess, type TenantEntry, type TenantRole } from './tenant-access.ts';
export { createTenant, listTenants, getTenant, tenantBySlug, updateTenant, tenantsForUser, membershipsOf, type Tenant, type TenantChoice } from './tenants.ts';
export { setMemberPerson, requireLeaderPerson, leaderPersonIdSchema, type LeaderPerson } from './leader-person.ts';
export { listMembers, addMember, changeMemberRole, removeMember, memberRoleSchema, type Member } from './members.ts';
export {
  inviteMember,
  listInvitations,
  revokeInvitation,
  previewInvitation,
  acceptInvitation,
  invitationSchema,
  acceptanceSchema,
  invitationTokenSchema,
  type PendingInvitation,
  type NewInvitation,
  type Acceptor,
} from './invitations.ts';
export { insertTenant } from './tenants.ts';
export { createTenantWithAdmin, newTenantWithAdminSchema, type CreatedTenant } from './tenant-onboarding.ts';
export { onboardingChecklist, ONBOARDING_STEPS, type OnboardingStep, type ChecklistItem } from './onboarding-checklist.ts';
export { isolateTenantBySlug } from './tenant-isolation.ts';
export { requiresTwoFactor, setRequireTwoFactor } from './require-two-factor.ts';
