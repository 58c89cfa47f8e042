import { z } from 'zod';
import type { TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError, codedIssue } from '../errors/spejl-error.ts';

/** A person_id as the people file has it. */
export const leaderPersonIdSchema = z.string().trim().min(1, 'choose the person this leader is').max(64);

/** The person a leader member is, as the member list shows them. */
export interface LeaderPerson {
  personId: string;
  name: string;
  unitName: string | null;
}

/**
 * The person a leader account reads reports as: they must be in this tenant's hierarchy and
 * lead someone (DESIGN.md: a leader is a person with at least one direct report).
 */
export async function requireLeaderPerson(tx: TenantTx, personId: string): Promise<LeaderPerson> {
  const person = await tx.selectFrom('people').select(['person_id', 'name', 'unit_name']).where('person_id', '=', personId).executeTakeFirst();
  if (!person) {
    throw codedError('BAD_INPUT', 'leader.personNotFound', { personId }, [codedIssue('leader.personNotFound', { personId }, { path: 'personId' })]);
  }
  const report = await tx.selectFrom('people').select('person_id').where('manager_id', '=', personId).limit(1).executeTakeFirst();
  if (!report) {
    const params = { name: person.name, personId };
    throw codedError('BAD_INPUT', 'leader.leadsNobody', params, [codedIssue('leader.leadsNobody', params, { path: 'personId' })]);
  }
  return { personId: person.person_id, name: person.name, unitName: person.unit_name };
}

/** One person is one account: a second member bound to the same leader would read as them. */
async function assertPersonFree(tx: TenantTx, personId: string, userId: string | null): Promise<void> {
  let query = tx
    .selectFrom('memberships')
    .innerJoin('user', 'user.id', 'memberships.user_id')
    .select(['user.email'])
    .where('memberships.person_id', '=', personId);
  if (userId) query = query.where('memberships.user_id', '!=', userId);
  const other = await query.executeTakeFirst();
  if (other) {
    const params = { personId, email: other.email };
    throw codedError('CONFLICT', 'leader.personTaken', params, [codedIssue('leader.personTaken', params, { path: 'personId' })]);
  }
}

/** Checks a leader binding before it is stored: the person leads someone and is nobody else's account. */
export async function checkLeaderBinding(tx: TenantTx, personId: string, userId: string | null): Promise<LeaderPerson> {
  const person = await requireLeaderPerson(tx, personId);
  await assertPersonFree(tx, person.personId, userId);
  return person;
}

/** Binds a leader member to their person in the hierarchy (or changes it), so they can read their own reports. */
export async function setMemberPerson(tx: TenantTx, tenantId: string, userId: string, personId: string, actorUserId: string | null): Promise<LeaderPerson> {
  const member = await tx.selectFrom('memberships').select(['role', 'person_id']).where('user_id', '=', userId).executeTakeFirst();
  if (!member) throw codedError('NOT_FOUND', 'member.notMember', {});
  if (member.role !== 'leader') {
    throw codedError('BAD_INPUT', 'leader.onlyLeadersBound', { role: member.role }, [codedIssue('leader.onlyLeadersBound', { role: member.role }, { path: 'role' })]);
  }
  const person = await checkLeaderBinding(tx, leaderPersonIdSchema.parse(personId), userId);
  if (member.person_id === person.personId) return person;
  await tx.updateTable('memberships').set({ person_id: person.personId }).where('user_id', '=', userId).execute();
  await recordAudit(tx, { tenantId, actorUserId, action: 'member.person', target: userId, details: { from: member.person_id, to: person.personId } });
  return person;
}

/** Names of the given people (those still in the hierarchy), for member and invitation lists. */
export async function leaderPeople(tx: TenantTx, ids: readonly (string | null)[]): Promise<Map<string, LeaderPerson>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.selectFrom('people').select(['person_id', 'name', 'unit_name']).where('person_id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.person_id, { personId: r.person_id, name: r.name, unitName: r.unit_name }]));
}
