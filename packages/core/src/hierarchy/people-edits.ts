import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { z } from 'zod';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import { tenantFaggrupper } from './faggrupper.ts';
import { refusePeopleChange } from './people-issues.ts';
import { personInputSchema, type PersonInput } from './person-fields.ts';
import { describePerson, searchKey, type PersonRef } from './person.ts';
import { pathsTo } from './people-tree.ts';
import { lockPeople } from './tenant-lock.ts';

async function canonicalFaggruppe(tx: TenantTx, value: string | null | undefined): Promise<string | null> {
  const v = value?.trim() ?? '';
  return v === '' ? null : ((await tenantFaggrupper(tx)).canonical(v) ?? v);
}

async function requirePerson(tx: TenantTx, personId: string): Promise<PersonRef & { managerId: string | null }> {
  const row = await tx.selectFrom('people').select(['person_id', 'name', 'manager_id']).where('person_id', '=', personId).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'people.personNotFound', { personId });
  return { personId: row.person_id, name: row.name, managerId: row.manager_id };
}

async function requireUniqueEmail(tx: TenantTx, email: string | null, personId: string): Promise<void> {
  if (email === null) return;
  const owner = await tx.selectFrom('people').select(['person_id', 'name']).where(sql<boolean>`lower(email) = lower(${email})`).where('person_id', '<>', personId).executeTakeFirst();
  if (!owner) return;
  const params = { email, person: describePerson({ personId: owner.person_id, name: owner.name }) };
  throw codedError('CONFLICT', 'people.emailInUse', params, [codedIssue('people.emailInUse', params, { path: 'email' })]);
}

/** Refuses a manager who would put the person below themselves: that would make a cycle. Coded, so the console says it in Danish. */
async function requireManagerOutsideChain(tx: TenantTx, person: PersonRef, managerId: string): Promise<void> {
  if (managerId === person.personId) refusePeopleChange('managerIsSelf', { person: describePerson(person) });
  const manager = await requirePerson(tx, managerId).catch(() => refusePeopleChange('managerNotFound', { managerId }));
  const above = (await pathsTo(tx, [managerId])).get(managerId) ?? [];
  if (above.some((p) => p.personId === person.personId)) {
    refusePeopleChange('managerInOwnChain', { person: describePerson(person), manager: describePerson(manager), personName: person.name, managerName: manager.name });
  }
}

/** Gives a person a new manager, or makes them a top (null). */
export async function movePerson(tx: TenantTx, personId: string, managerId: string | null): Promise<void> {
  await lockPeople(tx);
  const person = await requirePerson(tx, personId);
  if (managerId !== null) await requireManagerOutsideChain(tx, person, managerId);
  await tx.updateTable('people').set({ manager_id: managerId, updated_at: sql`now()` }).where('person_id', '=', personId).execute();
}

/** Adds one person, with the same rules as the file import. */
export async function addPerson(tx: TenantTx, input: PersonInput): Promise<void> {
  const p = personInputSchema.parse(input);
  await lockPeople(tx);
  const exists = await tx.selectFrom('people').select('person_id').where('person_id', '=', p.personId).executeTakeFirst();
  if (exists) throw codedError('CONFLICT', 'people.idInUse', { personId: p.personId }, [codedIssue('people.idInUse', { personId: p.personId }, { path: 'personId' })]);
  const email = p.email || null;
  await requireUniqueEmail(tx, email, p.personId);
  if (p.managerId !== null) await requirePerson(tx, p.managerId).catch(() => {
    const params = { managerId: p.managerId ?? '' };
    throw codedError('BAD_INPUT', 'people.newManagerNotFound', params, [codedIssue('people.newManagerNotFound', params, { path: 'managerId' })]);
  });
  await tx.insertInto('people').values({
    tenant_id: sql<string>`${currentTenant(tx)}`,
    person_id: p.personId,
    name: p.name,
    email,
    manager_id: p.managerId,
    faggruppe: await canonicalFaggruppe(tx, p.faggruppe),
    unit_name: p.unitName || null,
    search_key: searchKey({ personId: p.personId, name: p.name, email }),
  }).execute();
}

/** The fields of a person the console may edit (moving has its own function). */
export const personPatchSchema = personInputSchema.pick({ name: true, email: true, faggruppe: true, unitName: true }).partial();

/** A partial edit of a person. */
export type PersonPatch = z.infer<typeof personPatchSchema>;

/** Edits name, email, faggruppe or unit of one person. */
export async function updatePerson(tx: TenantTx, personId: string, patch: PersonPatch): Promise<void> {
  const p = personPatchSchema.parse(patch);
  await lockPeople(tx);
  const current = await tx.selectFrom('people').select(['name', 'email']).where('person_id', '=', personId).executeTakeFirst();
  if (!current) throw codedError('NOT_FOUND', 'people.personNotFound', { personId });
  const name = p.name ?? current.name;
  const email = p.email === undefined ? current.email : p.email || null;
  if (p.email !== undefined) await requireUniqueEmail(tx, email, personId);
  await tx.updateTable('people').set({
    name,
    email,
    search_key: searchKey({ personId, name, email }),
    ...(p.faggruppe !== undefined && { faggruppe: await canonicalFaggruppe(tx, p.faggruppe) }),
    ...(p.unitName !== undefined && { unit_name: p.unitName || null }),
    updated_at: sql`now()`,
  }).where('person_id', '=', personId).execute();
}

/**
 * Removes a person. Someone with direct reports is removed only when asked to hand
 * those reports to the person's own superior; otherwise nobody would be left without a manager by accident.
 */
export async function removePerson(tx: TenantTx, personId: string, options: { reportsToSuperior?: boolean } = {}): Promise<{ movedReports: number }> {
  await lockPeople(tx);
  const person = await requirePerson(tx, personId);
  const reports = await tx.selectFrom('people').select('person_id').where('manager_id', '=', personId).execute();
  if (reports.length > 0 && !options.reportsToSuperior) {
    throw codedError('CONFLICT', 'people.hasReports', { person: describePerson(person), count: reports.length, personName: person.name });
  }
  if (reports.length > 0) {
    await tx.updateTable('people').set({ manager_id: person.managerId, updated_at: sql`now()` }).where('manager_id', '=', personId).execute();
  }
  await tx.deleteFrom('people').where('person_id', '=', personId).execute();
  return { movedReports: reports.length };
}

/** Marks a person exempt from evaluation (e.g. newly appointed), or evaluated again. Survives re-imports. */
export async function setExempt(tx: TenantTx, personId: string, exempt: boolean, reason: string | null = null): Promise<void> {
  await lockPeople(tx);
  await requirePerson(tx, personId);
  const why = exempt ? (reason?.trim().slice(0, 200) || null) : null;
  await tx.updateTable('people').set({ exempt, exempt_reason: why, updated_at: sql`now()` }).where('person_id', '=', personId).execute();
}
