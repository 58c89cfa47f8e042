import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';

/*
 * Access on request (GDPR art. 15): everything the tenant stores about one person, as JSON. The
 * forms they answered are not in it and cannot be: nothing links a form to its respondent
 * (DESIGN.md, Anonymity), which the export says rather than leaving a reader to wonder.
 */

/** Everything stored about one person in one tenant, by table. */
export interface PersonExport {
  personId: string;
  exportedAt: string;
  forms: string;
  tables: Record<string, unknown[]>;
}

type Query = (tx: TenantTx, personId: string, emails: string[]) => ReturnType<typeof sql<Record<string, unknown>>>;

const t = currentTenant;

/** Per table, the rows about the person (never link salts, token hashes, file bytes or forms). */
const QUERIES: Record<string, Query> = {
  people: (tx, p) => sql`select person_id, name, email, manager_id, faggruppe, unit_name, unit_code, exempt, exempt_reason, created_at, updated_at from people where tenant_id = ${t(tx)} and person_id = ${p}`,
  round_people: (tx, p) => sql`select s.round_id, r.name as round, s.name, s.email, s.manager_id, s.faggruppe, s.unit_name, s.exempt from round_people s join rounds r on r.tenant_id = s.tenant_id and r.id = s.round_id where s.tenant_id = ${t(tx)} and s.person_id = ${p} order by r.created_at`,
  round_respondents: (tx, p) => sql`select round_id, name, email, locale, faggruppe from round_respondents where tenant_id = ${t(tx)} and person_id = ${p}`,
  round_assignments: (tx, p) => sql`select round_id, subject_id, role, finished_at is not null as finished from round_assignments where tenant_id = ${t(tx)} and person_id = ${p} order by round_id, slot`,
  round_messages: (tx, p) => sql`select round_id, kind, status, sent_at, created_at from round_messages where tenant_id = ${t(tx)} and person_id = ${p}`,
  round_peers: (tx, p) => sql`select round_id, subject_id, peer_id from round_peers where tenant_id = ${t(tx)} and (subject_id = ${p} or peer_id = ${p})`,
  standing_peers: (tx, p) => sql`select subject_id, peer_id from standing_peers where tenant_id = ${t(tx)} and (subject_id = ${p} or peer_id = ${p})`,
  peer_nominations: (tx, p) => sql`select round_id, subject_id, peer_id, status, created_at, decided_at from peer_nominations where tenant_id = ${t(tx)} and (subject_id = ${p} or peer_id = ${p})`,
  follow_up_plans: (tx, p) => sql`select id, round_id, leader_id, superior_id, reading_notes, talk_at, agreements, talk_held_at, created_at, updated_at from follow_up_plans where tenant_id = ${t(tx)} and (leader_id = ${p} or superior_id = ${p})`,
  follow_up_focus_points: (tx, p) => sql`select plan_id, position, theme_id, item_id, actions, due_on, status from follow_up_focus_points where tenant_id = ${t(tx)} and plan_id in (select id from follow_up_plans where tenant_id = ${t(tx)} and leader_id = ${p})`,
  dialogue_meetings: (tx, p) => sql`select round_id, model, meeting_date, start_time, theme_ids, agreements, held_at, shared_at from dialogue_meetings where tenant_id = ${t(tx)} and leader_id = ${p}`,
  initiative_targets: (tx, p) => sql`select i.title, x.opened_at, x.material_mailed_at, x.follow_up_mailed_at, x.answer_did, x.answer_worked, x.answer_wish, x.answered_at from initiative_targets x join initiatives i on i.tenant_id = x.tenant_id and i.id = x.initiative_id where x.tenant_id = ${t(tx)} and x.person_id = ${p}`,
  memberships: (tx, p) => sql`select m.role, m.created_at, u.name, u.email from memberships m join "user" u on u.id = m.user_id where m.tenant_id = ${t(tx)} and m.person_id = ${p}`,
  invitations: (tx, p, e) => sql`select email, role, created_at, expires_at, accepted_at from invitations where tenant_id = ${t(tx)} and (person_id = ${p} or lower(email) = any(${e}::text[]))`,
  mail_outbox: (tx, _p, e) => sql`select to_address, subject, text_body, status, created_at from mail_outbox where tenant_id = ${t(tx)} and lower(to_address) = any(${e}::text[]) order by created_at`,
  audit_log: (tx, p, e) => sql`select at, action, target, details from audit_log where tenant_id = ${t(tx)}
    and (target = ${p} or lower(target) = any(${e}::text[]) or details::text like ${`%"${p}"%`} or exists (select 1 from unnest(${e}::text[]) x where lower(details::text) like '%' || x || '%')) order by at`,
};

/** The person's addresses as stored anywhere in the tenant (where their outbox and audit rows are found). */
async function addressesOf(tx: TenantTx, personId: string): Promise<string[]> {
  const { rows } = await sql<{ email: string }>`select distinct lower(email) as email from (
      select email from people where tenant_id = ${t(tx)} and person_id = ${personId}
      union all select email from round_people where tenant_id = ${t(tx)} and person_id = ${personId}
      union all select email from round_respondents where tenant_id = ${t(tx)} and person_id = ${personId}
      union all select u.email from memberships m join "user" u on u.id = m.user_id where m.tenant_id = ${t(tx)} and m.person_id = ${personId}
    ) s where email is not null`.execute(tx);
  return rows.map((r) => r.email);
}

/** Collects the export; refused (coded) for a person id the tenant stores nothing about. */
export async function exportPerson(tx: TenantTx, personId: string, now = new Date()): Promise<PersonExport> {
  const emails = await addressesOf(tx, personId);
  const tables: Record<string, unknown[]> = {};
  for (const [table, query] of Object.entries(QUERIES)) {
    const { rows } = await query(tx, personId, emails).execute(tx);
    if (rows.length) tables[table] = rows;
  }
  const named = ['people', 'round_people', 'round_respondents', 'memberships', 'invitations'];
  if (!named.some((table) => tables[table])) throw codedError('NOT_FOUND', 'retention.personNotFound', { personId });
  return { personId, exportedAt: now.toISOString(), forms: 'Forms are stored without any link to who answered them, so none can be listed here.', tables };
}
