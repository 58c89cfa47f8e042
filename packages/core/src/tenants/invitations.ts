import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { withTenant, type Database, type Kysely, type MemberRole, type TenantTx } from '@spejl/db';
import { emailSchema, createUser, findUserByEmail, nameSchema } from '../accounts/users.ts';
import { passwordSchema } from '../accounts/password.ts';
import { recordAudit } from '../audit/log.ts';
import { codedError, codedIssue, SpejlError } from '../errors/spejl-error.ts';
import type { MailStatus } from '../mail/message.ts';
import { sendTenantMail } from '../mail/outbox.ts';
import type { Mailer } from '../mail/transport.ts';
import { invitationMail } from './invitation-mail.ts';
import { checkLeaderBinding, leaderPeople, leaderPersonIdSchema, type LeaderPerson } from './leader-person.ts';
import { memberRoleSchema } from './members.ts';

const VALID_DAYS = 7;

/** The secret part of an invitation link: 32 random bytes, base64url. Only its sha256 is stored. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'the invitation link is incomplete; copy the whole link from the mail');

/** What an admin fills in to invite someone. */
export const invitationSchema = z.object({
  email: emailSchema,
  role: memberRoleSchema,
  /** For leaders: the person in the hierarchy the new member reads reports as. */
  personId: leaderPersonIdSchema.optional(),
  locale: z.enum(['da', 'en']).optional(),
});

/** What someone sends to accept: a name and password only when they have no account yet (an existing one signs in instead). */
export const acceptanceSchema = z.object({
  token: invitationTokenSchema,
  name: nameSchema.optional(),
  password: passwordSchema.optional(),
});

/** A pending invitation as the member list shows it (the token is never shown again). */
export interface PendingInvitation {
  id: string;
  email: string;
  role: MemberRole;
  /** The leader's person, when the invitation binds one. */
  person: LeaderPerson | null;
  expiresAt: Date;
  createdAt: Date;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new invitation and what became of its mail: sent, kept in the outbox (no mail server), or failed. */
export type NewInvitation = PendingInvitation & { delivery: MailStatus };

/** Invites someone by e-mail; a new invitation to the same address replaces the old one. */
export async function inviteMember(
  tx: TenantTx,
  context: { tenantId: string; actorUserId: string | null; mailer: Mailer; publicUrl: string },
  input: z.input<typeof invitationSchema>,
): Promise<NewInvitation> {
  const { email, role, personId, locale } = invitationSchema.parse(input);
  const { tenantId } = context;
  const person = await invitedPerson(tx, role, personId);
  const member = await tx
    .selectFrom('memberships')
    .innerJoin('user', 'user.id', 'memberships.user_id')
    .select('memberships.role')
    .where('user.email', '=', email)
    .executeTakeFirst();
  if (member) {
    const params = { email, role: member.role };
    throw codedError('CONFLICT', 'member.alreadyMember', params, [codedIssue('member.alreadyMember', params, { path: 'email' })]);
  }

  const tenant = await tx.selectFrom('tenants').select(['name', 'locale']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  const token = randomBytes(32).toString('base64url');
  await tx.deleteFrom('invitations').where('email', '=', email).where('accepted_at', 'is', null).execute();
  const row = await tx
    .insertInto('invitations')
    .values({
      tenant_id: tenantId,
      email,
      role,
      person_id: person?.personId ?? null,
      token_hash: hashToken(token),
      invited_by: context.actorUserId,
      expires_at: new Date(Date.now() + VALID_DAYS * 24 * 60 * 60 * 1000),
    })
    .returning(['id', 'email', 'role', 'expires_at', 'created_at'])
    .executeTakeFirstOrThrow();
  const link = `${context.publicUrl.replace(/\/+$/, '')}/invite?tenant=${tenantId}&token=${token}`;
  const mail = await sendTenantMail(tx, tenantId, context.mailer, invitationMail(email, tenant.name, role, link, locale ?? tenant.locale));
  await recordAudit(tx, { tenantId, actorUserId: context.actorUserId, action: 'member.invite', target: email, details: { role, personId: person?.personId ?? null } });
  return { id: row.id, email: row.email, role: row.role, person, expiresAt: row.expires_at, createdAt: row.created_at, delivery: mail.status };
}

/** A leader is invited as a person of the hierarchy (else they could read no report); other roles as nobody. */
async function invitedPerson(tx: TenantTx, role: MemberRole, personId: string | undefined): Promise<LeaderPerson | null> {
  if (role !== 'leader') {
    if (personId === undefined) return null;
    throw codedError('BAD_INPUT', 'invitation.personOnlyForLeaders', { role }, [codedIssue('invitation.personOnlyForLeaders', { role }, { path: 'personId' })]);
  }
  if (personId === undefined) {
    throw codedError('BAD_INPUT', 'invitation.leaderNeedsPerson', {}, [codedIssue('invitation.leaderNeedsPerson', {}, { path: 'personId' })]);
  }
  return checkLeaderBinding(tx, personId, null);
}

/** Invitations not yet accepted, newest first (expired ones included, so admins can re-invite). */
export async function listInvitations(tx: TenantTx): Promise<PendingInvitation[]> {
  const rows = await tx
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'person_id', 'expires_at', 'created_at'])
    .where('accepted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const people = await leaderPeople(tx, rows.map((r) => r.person_id));
  return rows.map((r) => ({
    id: r.id, email: r.email, role: r.role, person: r.person_id === null ? null : (people.get(r.person_id) ?? null), expiresAt: r.expires_at, createdAt: r.created_at,
  }));
}

/** Withdraws a pending invitation; its link stops working. */
export async function revokeInvitation(tx: TenantTx, tenantId: string, invitationId: string, actorUserId: string | null): Promise<void> {
  const row = await tx
    .deleteFrom('invitations')
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .returning('email')
    .executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'invitation.notFound', {});
  await recordAudit(tx, { tenantId, actorUserId, action: 'member.revoke-invitation', target: row.email, details: {} });
}

async function usableInvitation(tx: TenantTx, token: string) {
  const row = await tx
    .selectFrom('invitations')
    .innerJoin('tenants', 'tenants.id', 'invitations.tenant_id')
    .select(['invitations.id', 'invitations.email', 'invitations.role', 'invitations.person_id', 'invitations.expires_at', 'invitations.accepted_at', 'tenants.name as tenantName'])
    .where('invitations.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.accepted_at || row.expires_at.getTime() < Date.now()) throw codedError('NOT_FOUND', 'invitation.unusable', {});
  return row;
}

/** The invited leader's person at acceptance; the admin must send a new invitation when it no longer fits. */
async function boundPerson(tx: TenantTx, personId: string, userId: string): Promise<LeaderPerson> {
  try {
    return await checkLeaderBinding(tx, personId, userId);
  } catch (error) {
    if (!(error instanceof SpejlError)) throw error;
    throw codedError('CONFLICT', 'invitation.leaderGone', {});
  }
}

/** What the invitation page shows before accepting; `accountExists` says whether to ask for a new account or a sign-in. */
export async function previewInvitation(db: Kysely<Database>, tenantId: string, token: string) {
  const valid = invitationTokenSchema.parse(token);
  return withTenant(db, tenantId, async (tx) => {
    const invitation = await usableInvitation(tx, valid);
    const account = await findUserByEmail(tx, invitation.email);
    return { tenantName: invitation.tenantName, email: invitation.email, role: invitation.role, expiresAt: invitation.expires_at, accountExists: Boolean(account) };
  });
}

/** The person accepting, as their session says; null when nobody is signed in. */
export interface Acceptor {
  id: string;
  email: string;
}

/**
 * An invitation joins an existing account only when its owner is signed in to it: the link
 * alone proves only that someone read the mail, and whoever reads it (a tenant admin in a demo,
 * say) must not gain, or hand over, an account other tenants rely on.
 */
function requireOwner(account: { email: string }, acceptor: Acceptor | null): void {
  if (!acceptor) {
    throw codedError('FORBIDDEN', 'invitation.signInFirst', { email: account.email }, [codedIssue('invitation.signInFirst', { email: account.email }, { path: 'account' })]);
  }
  if (acceptor.email.trim().toLowerCase() !== account.email) {
    const params = { email: account.email, signedInAs: acceptor.email };
    throw codedError('FORBIDDEN', 'invitation.wrongAccount', params, [codedIssue('invitation.wrongAccount', params, { path: 'account' })]);
  }
}

/**
 * Accepts an invitation: joins the existing account with that e-mail (its owner signed in), or
 * creates one with the given name and password.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  tenantId: string,
  input: z.input<typeof acceptanceSchema>,
  acceptor: Acceptor | null,
): Promise<{ userId: string; email: string; accountCreated: boolean }> {
  const { token, name, password } = acceptanceSchema.parse(input);
  return withTenant(db, tenantId, async (tx) => {
    const invitation = await usableInvitation(tx, token);
    let user = await findUserByEmail(tx, invitation.email);
    const accountCreated = !user;
    if (user) requireOwner(user, acceptor);
    if (!user) {
      const issues = [
        ...(name ? [] : [codedIssue('input.empty', { field: 'name' }, { path: 'name' })]),
        ...(password ? [] : [codedIssue('input.empty', { field: 'password' }, { path: 'password' })]),
      ];
      if (!name || !password) throw codedError('BAD_INPUT', 'invitation.needsNameAndPassword', {}, issues);
      user = await createUser(tx, { email: invitation.email, name, password });
    }
    const member = await tx.selectFrom('memberships').select('role').where('user_id', '=', user.id).executeTakeFirst();
    if (!member) {
      // Checked again: the hierarchy may have changed since the invitation was sent.
      const person = invitation.person_id === null ? null : await boundPerson(tx, invitation.person_id, user.id);
      await tx.insertInto('memberships').values({ tenant_id: tenantId, user_id: user.id, role: invitation.role, person_id: person?.personId ?? null }).execute();
    }
    await tx.updateTable('invitations').set({ accepted_at: new Date() }).where('id', '=', invitation.id).execute();
    await recordAudit(tx, { tenantId, actorUserId: user.id, action: 'member.join', target: user.email, details: { role: invitation.role, accountCreated } });
    return { userId: user.id, email: user.email, accountCreated };
  });
}
