import { z } from 'zod';
import {
  acceptanceSchema,
  acceptInvitation,
  changeMemberRole,
  invitationSchema,
  invitationTokenSchema,
  inviteMember,
  listInvitations,
  listMembers,
  memberRoleSchema,
  previewInvitation,
  leaderPersonIdSchema,
  removeMember,
  revokeInvitation,
  setMemberPerson,
} from '@spejl/core';
import { publicProcedure, requireRole, router, tenantProcedure } from '../trpc.ts';

const adminProcedure = tenantProcedure.use(requireRole('admin'));
const userId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a user id');

/** Who has access to a tenant: members, invitations, roles. */
export const membersRouter = router({
  /** Members and pending invitations (admins). */
  list: adminProcedure.input(z.object({ tenantId: z.uuid() })).query(async ({ ctx }) => ({
    members: await listMembers(ctx.tx),
    invitations: await listInvitations(ctx.tx),
  })),

  /** Invites a tenant admin, analyst or leader by e-mail; a leader as their person in the hierarchy; the mail carries a personal link (admins). */
  invite: adminProcedure.input(invitationSchema.extend({ tenantId: z.uuid() })).mutation(({ ctx, input }) =>
    inviteMember(ctx.tx, { tenantId: ctx.tenantId, actorUserId: ctx.user.id, mailer: ctx.mailer, publicUrl: ctx.publicUrl }, input),
  ),

  /** Withdraws a pending invitation (admins). */
  revokeInvitation: adminProcedure
    .input(z.object({ tenantId: z.uuid(), invitationId: z.uuid() }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.tx, ctx.tenantId, input.invitationId, ctx.user.id)),

  /** Changes a member's role; the last admin cannot be demoted (admins). */
  changeRole: adminProcedure
    .input(z.object({ tenantId: z.uuid(), userId, role: memberRoleSchema }))
    .mutation(({ ctx, input }) => changeMemberRole(ctx.tx, ctx.tenantId, input.userId, input.role, ctx.user.id)),

  /** Binds a leader member to their person in the hierarchy, or changes it (admins). */
  setPerson: adminProcedure
    .input(z.object({ tenantId: z.uuid(), userId, personId: leaderPersonIdSchema }))
    .mutation(({ ctx, input }) => setMemberPerson(ctx.tx, ctx.tenantId, input.userId, input.personId, ctx.user.id)),

  /** Removes a member's access; the last admin cannot be removed (admins). */
  remove: adminProcedure
    .input(z.object({ tenantId: z.uuid(), userId }))
    .mutation(({ ctx, input }) => removeMember(ctx.tx, ctx.tenantId, input.userId, ctx.user.id)),

  /** What an invitation link offers, for the invitation page (no sign-in: the token is the proof). */
  previewInvitation: publicProcedure
    .input(z.object({ tenantId: z.uuid(), token: invitationTokenSchema }))
    .query(({ ctx, input }) => previewInvitation(ctx.db, input.tenantId, input.token)),

  /**
   * Accepts an invitation; creates the account when the e-mail has none (then name and password
   * are required), and joins an existing account only when the caller is signed in to it.
   */
  acceptInvitation: publicProcedure
    .input(acceptanceSchema.extend({ tenantId: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { tenantId, ...acceptance } = input;
      return acceptInvitation(ctx.db, tenantId, acceptance, ctx.user ? { id: ctx.user.id, email: ctx.user.email } : null);
    }),
});
