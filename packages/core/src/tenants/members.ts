import { z } from 'zod';
import type { MemberRole, TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import { leaderPeople, type LeaderPerson } from './leader-person.ts';

/** The roles a member can hold in a tenant. */
export const memberRoleSchema = z.enum(['admin', 'analyst', 'leader']);

/** A member of a tenant, as the console's member list shows them. */
export interface Member {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  personId: string | null;
  /** The leader's person in the hierarchy; null when unbound or no longer in the hierarchy. */
  person: LeaderPerson | null;
  since: Date;
}

/** Everyone with access to the tenant, by name. */
export async function listMembers(tx: TenantTx): Promise<Member[]> {
  const rows = await tx
    .selectFrom('memberships')
    .innerJoin('user', 'user.id', 'memberships.user_id')
    .select(['memberships.user_id', 'user.name', 'user.email', 'memberships.role', 'memberships.person_id', 'memberships.created_at'])
    .orderBy('user.name')
    .orderBy('user.email')
    .execute();
  const people = await leaderPeople(tx, rows.map((r) => r.person_id));
  return rows.map((r) => ({
    userId: r.user_id, name: r.name, email: r.email, role: r.role, personId: r.person_id,
    person: r.person_id === null ? null : (people.get(r.person_id) ?? null), since: r.created_at,
  }));
}

/** Gives a user a role in the tenant; CONFLICT when they already have one. */
export async function addMember(tx: TenantTx, tenantId: string, userId: string, role: MemberRole, actorUserId: string | null): Promise<void> {
  const existing = await tx.selectFrom('memberships').select('role').where('user_id', '=', userId).executeTakeFirst();
  if (existing) throw codedError('CONFLICT', 'member.userAlreadyMember', { role: existing.role });
  await tx.insertInto('memberships').values({ tenant_id: tenantId, user_id: userId, role, person_id: null }).execute();
  await recordAudit(tx, { tenantId, actorUserId, action: 'member.add', target: userId, details: { role } });
}

async function requireMember(tx: TenantTx, userId: string): Promise<MemberRole> {
  const row = await tx.selectFrom('memberships').select('role').where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'member.notMember', {});
  return row.role;
}

/** A tenant must keep one admin, or nobody could manage it without an operator. */
async function assertAnotherAdmin(tx: TenantTx, userId: string): Promise<void> {
  const admins = await tx.selectFrom('memberships').select('user_id').where('role', '=', 'admin').where('user_id', '!=', userId).execute();
  if (admins.length === 0) {
    throw codedError('CONFLICT', 'member.lastAdmin', {});
  }
}

/** Changes a member's role. */
export async function changeMemberRole(tx: TenantTx, tenantId: string, userId: string, role: MemberRole, actorUserId: string | null): Promise<void> {
  const current = await requireMember(tx, userId);
  if (current === role) return;
  if (current === 'admin') await assertAnotherAdmin(tx, userId);
  // Only leaders read as a person; a binding left on an admin would come back unseen on a later demotion.
  const binding = role === 'leader' ? {} : { person_id: null };
  await tx.updateTable('memberships').set({ role, ...binding }).where('user_id', '=', userId).execute();
  await recordAudit(tx, { tenantId, actorUserId, action: 'member.role', target: userId, details: { from: current, to: role } });
}

/** Takes a member's access to the tenant away (their account stays). */
export async function removeMember(tx: TenantTx, tenantId: string, userId: string, actorUserId: string | null): Promise<void> {
  const current = await requireMember(tx, userId);
  if (current === 'admin') await assertAnotherAdmin(tx, userId);
  await tx.deleteFrom('memberships').where('user_id', '=', userId).execute();
  await recordAudit(tx, { tenantId, actorUserId, action: 'member.remove', target: userId, details: { role: current } });
}
