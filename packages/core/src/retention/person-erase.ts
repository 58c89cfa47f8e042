import { currentTenant, sql, withTenant, withTenantPrivileged, type Database, type Kysely, type TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { dropLetterRoutes, letterHashesOf } from '../letters/letter-routes.ts';
import { codedError } from '../errors/spejl-error.ts';
import { removeOrphanAccounts } from './orphan-accounts.ts';
import { anonymiseSnapshot, newPseudonym, pseudonymiseAudit } from './privileged.ts';
import { SCRUB_RESPONDENT, type TableCounts } from './round-erasure.ts';

/*
 * Erasure on request (GDPR art. 17): one person goes from the hierarchy, from every round's
 * snapshot and respondent list (their place stays, labelled by position), from the accounts and
 * memberships bound to them, from the follow-up that is theirs, the outbox and the audit log
 * (pseudonym). No published number changes: forms were never linked to anyone, and who was asked
 * to rate whom stays by HR id, so every group keeps its forms and its invitation count.
 */

/** Everything that names the person: ids of accounts bound to them, names and addresses stored anywhere. */
interface Traces { userIds: string[]; names: string[]; emails: string[]; name: string | null }

async function tracesOf(tx: TenantTx, personId: string): Promise<Traces | null> {
  const t = currentTenant(tx);
  const { rows } = await sql<{ source: string; name: string | null; email: string | null; user_id: string | null }>`
    select 'people' as source, name, email, null as user_id from people where tenant_id = ${t} and person_id = ${personId}
    union all select 'round_people', name, email, null from round_people where tenant_id = ${t} and person_id = ${personId}
    union all select 'round_respondents', nullif(name, '[slettet]'), email, null from round_respondents where tenant_id = ${t} and person_id = ${personId}
    union all select 'invitations', null, email, null from invitations where tenant_id = ${t} and person_id = ${personId}
    union all select 'memberships', u.name, u.email, u.id from memberships m join "user" u on u.id = m.user_id where m.tenant_id = ${t} and m.person_id = ${personId}`.execute(tx);
  if (rows.length === 0) return null;
  const snapshotLabel = /^(Leder|Medarbejder) /;
  const names = [...new Set(rows.filter((r) => r.name && !(r.source === 'round_people' && snapshotLabel.test(r.name))).map((r) => r.name!))];
  return {
    userIds: [...new Set(rows.flatMap((r) => (r.user_id ? [r.user_id] : [])))],
    names,
    emails: [...new Set(rows.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])))],
    name: rows.find((r) => r.source === 'people')?.name ?? names[0] ?? null,
  };
}

async function count(statement: ReturnType<typeof sql<{ n: number }>>, tx: TenantTx): Promise<number> {
  return (await statement.execute(tx)).rows[0]?.n ?? 0;
}

/** The app's own deletes, in one transaction with the audit entry. */
async function eraseRows(tx: TenantTx, personId: string, traces: Traces): Promise<TableCounts> {
  const t = currentTenant(tx);
  const del = (table: string, where: ReturnType<typeof sql>) =>
    count(sql<{ n: number }>`with gone as (delete from ${sql.table(table)} where tenant_id = ${t} and ${where} returning 1) select count(*)::int as n from gone`, tx);
  const upd = (table: string, set: ReturnType<typeof sql>, where: ReturnType<typeof sql>) =>
    count(sql<{ n: number }>`with done as (update ${sql.table(table)} set ${set} where tenant_id = ${t} and ${where} returning 1) select count(*)::int as n from done`, tx);
  const emails = traces.emails;
  const c: TableCounts = {};
  c.round_messages = await del('round_messages', sql`person_id = ${personId}`);
  c.letter_code_routes = await dropLetterRoutes(tx, await letterHashesOf(tx, { personId }));
  c.round_respondents = await upd('round_respondents', sql.raw(SCRUB_RESPONDENT), sql`person_id = ${personId} and link_salt <> 'slettet'`);
  c.round_assignments = await upd('round_assignments', sql`finished_at = null`, sql`person_id = ${personId} and finished_at is not null`);
  c.peer_nominations = await del('peer_nominations', sql`(subject_id = ${personId} or peer_id = ${personId})`);
  c.standing_peers = await del('standing_peers', sql`(subject_id = ${personId} or peer_id = ${personId})`);
  c.follow_up_focus_points = await del('follow_up_focus_points', sql`plan_id in (select id from follow_up_plans where tenant_id = ${t} and leader_id = ${personId})`);
  c.follow_up_plans = await del('follow_up_plans', sql`leader_id = ${personId}`);
  c.follow_up_plans += await upd('follow_up_plans', sql`superior_id = null`, sql`superior_id = ${personId}`);
  c.dialogue_meetings = await del('dialogue_meetings', sql`leader_id = ${personId}`);
  c.initiative_targets = await del('initiative_targets', sql`person_id = ${personId}`);
  c.mail_outbox = await del('mail_outbox', sql`lower(to_address) = any(${emails}::text[])`);
  c.invitations = await del('invitations', sql`(person_id = ${personId} or lower(email) = any(${emails}::text[]))`);
  c.memberships = await del('memberships', sql`person_id = ${personId}`);
  c.people = await del('people', sql`person_id = ${personId}`);
  return c;
}

/** What one erasure did: rows per table, and the pseudonym the audit log now says instead of the person. */
export interface ErasureReport { pseudonym: string; counts: TableCounts; accounts: number }

/**
 * Erases one person of the tenant. Refused while people still report to them in the hierarchy
 * (an erasure must not re-shape the chain: move them first). The privileged step runs first in its
 * own transaction (privileged.ts); if the second fails, erasing again finishes the job.
 */
export async function erasePerson(db: Kysely<Database>, tenantId: string, personId: string, actorUserId: string | null, via: 'cli' | 'console'): Promise<ErasureReport> {
  const traces = await withTenant(db, tenantId, async (tx) => {
    const found = await tracesOf(tx, personId);
    if (!found) throw codedError('NOT_FOUND', 'retention.personNotFound', { personId });
    const reports = await tx.selectFrom('people').select('person_id').where('manager_id', '=', personId).executeTakeFirst();
    if (reports) throw codedError('CONFLICT', 'retention.personHasReports', { name: found.name ?? personId });
    return found;
  });
  const pseudonym = newPseudonym();
  const privileged = await withTenantPrivileged(db, tenantId, async (tx) => ({
    round_people: await anonymiseSnapshot(tx, tenantId, null, personId),
    audit_log: await pseudonymiseAudit(tx, tenantId, [...traces.names, ...traces.emails], pseudonym),
  }));
  const counts = await withTenant(db, tenantId, async (tx) => {
    const c = { ...(await eraseRows(tx, personId, traces)), ...privileged };
    await recordAudit(tx, { tenantId, actorUserId, action: 'person.erase', target: pseudonym, details: { rows: c, via } });
    return c;
  });
  const accounts = await removeOrphanAccounts(db, traces.emails, false, traces.userIds);
  return { pseudonym, counts, accounts };
}
