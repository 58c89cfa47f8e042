import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { dropLetterRoutes, letterHashesOf } from '../letters/letter-routes.ts';

/*
 * What retention removes from one round once it is due (DESIGN.md, Security): the respondents'
 * names, addresses and links, who finished (progress), the messages and the outbox's copies of
 * the round's mail, peer pairs and nominations, the follow-up (plans, talks, agreements), the
 * generated PDFs, and the snapshot's names and addresses. What stays is anonymous: the forms, the
 * snapshot's structure with position labels, and who was asked to rate whom by HR id (the
 * invitation counts behind published response rates), so every report and export of the round
 * gives the same numbers as before.
 */

/** A round whose personal data is due for deletion. */
export interface DueRound {
  id: string;
  name: string;
  closedAt: Date;
  launchedAt: Date | null;
}

/** Rows per table that retention deletes or anonymises, by table name. */
export type TableCounts = Record<string, number>;

/** People of the round who are no longer in the hierarchy (left the organisation), with what names them. */
export interface LeftPerson { personId: string; names: string[]; emails: string[] }

/** The round's people who have left, with every name and address the round stored for them. */
export async function leftPeopleOf(tx: TenantTx, roundId: string): Promise<LeftPerson[]> {
  const { rows } = await sql<{ person_id: string; name: string | null; email: string | null }>`
    select s.person_id, s.name, s.email from (
      select person_id, name, email from round_people where tenant_id = ${currentTenant(tx)} and round_id = ${roundId}
      union all
      select person_id, name, email from round_respondents where tenant_id = ${currentTenant(tx)} and round_id = ${roundId}
    ) s
    where not exists (select 1 from people p where p.tenant_id = ${currentTenant(tx)} and p.person_id = s.person_id)`.execute(tx);
  const byPerson = new Map<string, LeftPerson>();
  for (const r of rows) {
    const p = byPerson.get(r.person_id) ?? { personId: r.person_id, names: [], emails: [] };
    if (r.name && !p.names.includes(r.name)) p.names.push(r.name);
    if (r.email && !p.emails.includes(r.email.toLowerCase())) p.emails.push(r.email.toLowerCase());
    byPerson.set(r.person_id, p);
  }
  return [...byPerson.values()];
}

/** The addresses the round wrote to (respondents and snapshot), lower-cased. */
async function roundAddresses(tx: TenantTx, roundId: string): Promise<string[]> {
  const { rows } = await sql<{ email: string }>`
    select distinct lower(email) as email from (
      select email from round_respondents where tenant_id = ${currentTenant(tx)} and round_id = ${roundId}
      union all select email from round_people where tenant_id = ${currentTenant(tx)} and round_id = ${roundId}
    ) s where email is not null`.execute(tx);
  return rows.map((r) => r.email);
}

/** A respondent row without name, address or working link; it stays, as its progress rows hang on it. */
export const SCRUB_RESPONDENT = `name = '[slettet]', email = null, faggruppe = null, link_salt = 'slettet', token_hash = 'slettet:' || round_id || ':' || person_id, letter_code_hash = null`;

type Step = (tx: TenantTx, round: DueRound, left: readonly LeftPerson[], addresses: readonly string[], dryRun: boolean) => Promise<number>;

/** Counts (dry run) or runs one statement; `where` is the same for both. */
function step(table: string, action: 'delete' | string, where: (tx: TenantTx, round: DueRound, left: readonly LeftPerson[], addresses: readonly string[]) => ReturnType<typeof sql>): [string, Step] {
  return [table, async (tx, round, left, addresses, dryRun) => {
    const condition = where(tx, round, left, addresses);
    const statement = dryRun
      ? sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${condition}`
      : action === 'delete'
        ? sql<{ n: number }>`with gone as (delete from ${sql.table(table)} where ${condition} returning 1) select count(*)::int as n from gone`
        : sql<{ n: number }>`with done as (update ${sql.table(table)} set ${sql.raw(action)} where ${condition} returning 1) select count(*)::int as n from done`;
    const { rows } = await statement.execute(tx);
    return rows[0]?.n ?? 0;
  }];
}

const leftIds = (left: readonly LeftPerson[]) => left.map((p) => p.personId);
const leftEmails = (left: readonly LeftPerson[]) => left.flatMap((p) => p.emails);

/** In order: messages before respondents (nothing is sent to a scrubbed address). */
const STEPS: [string, Step][] = [
  step('round_messages', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id}`),
  // A printed letter's code leads nowhere once its respondent is scrubbed: its route goes first.
  ['letter_code_routes', async (tx, r, _left, _addresses, dryRun) => {
    const hashes = await letterHashesOf(tx, { roundId: r.id });
    return dryRun ? hashes.length : dropLetterRoutes(tx, hashes);
  }],
  // The row stays (progress rows hang on it); its name, address and link do not.
  step('round_respondents', SCRUB_RESPONDENT,
    (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id} and link_salt <> 'slettet'`),
  // After the respondents: the progress guard lets finished_at go only for a scrubbed respondent (migration 0036).
  step('round_assignments', 'finished_at = null', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id} and finished_at is not null`),
  step('round_reminder_runs', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id}`),
  step('round_peers', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id}`),
  step('peer_nominations', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id}`),
  step('follow_up_focus_points', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and plan_id in (select id from follow_up_plans where tenant_id = ${currentTenant(tx)} and round_id = ${r.id})`),
  step('follow_up_plans', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id}`),
  step('dialogue_meetings', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id}`),
  step('report_job_files', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and job_id in (select id from report_jobs where tenant_id = ${currentTenant(tx)} and round_id = ${r.id})`),
  step('report_jobs', 'delete', (tx, r) => sql`tenant_id = ${currentTenant(tx)} and round_id = ${r.id}`),
  // The round's own mail (sent while it ran), and anything ever sent to someone who has left.
  step('mail_outbox', 'delete', (tx, r, left, addresses) => sql`tenant_id = ${currentTenant(tx)} and (
    (lower(to_address) = any(${[...addresses]}::text[]) and created_at <= ${r.closedAt} and created_at >= ${r.launchedAt ?? r.closedAt})
    or lower(to_address) = any(${leftEmails(left)}::text[]))`),
  // Someone who has left keeps no membership, invitation, standing peer pair or initiative row here.
  step('memberships', 'delete', (tx, _r, left) => sql`tenant_id = ${currentTenant(tx)} and person_id = any(${leftIds(left)}::text[])`),
  step('invitations', 'delete', (tx, _r, left) => sql`tenant_id = ${currentTenant(tx)} and (person_id = any(${leftIds(left)}::text[]) or lower(email) = any(${leftEmails(left)}::text[]))`),
  step('standing_peers', 'delete', (tx, _r, left) => sql`tenant_id = ${currentTenant(tx)} and (subject_id = any(${leftIds(left)}::text[]) or peer_id = any(${leftIds(left)}::text[]))`),
  step('initiative_targets', 'delete', (tx, _r, left) => sql`tenant_id = ${currentTenant(tx)} and person_id = any(${leftIds(left)}::text[])`),
];

/** The snapshot rows that still carry a name or an address (what the privileged step changes). */
async function snapshotRows(tx: TenantTx, roundId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from round_people
    where tenant_id = ${currentTenant(tx)} and round_id = ${roundId} and (email is not null or name !~ '^(Leder|Medarbejder) ')`.execute(tx);
  return rows[0]?.n ?? 0;
}

/** What erasing the round would touch (dryRun) or did touch: rows per table. Marks the round erased first when not a dry run. */
export async function eraseRoundData(tx: TenantTx, round: DueRound, left: readonly LeftPerson[], dryRun: boolean, now: Date): Promise<TableCounts> {
  const addresses = await roundAddresses(tx, round.id);
  const counts: TableCounts = { round_people: await snapshotRows(tx, round.id) };
  if (!dryRun) await tx.updateTable('rounds').set({ personal_data_erased_at: now }).where('id', '=', round.id).execute();
  for (const [table, run] of STEPS) counts[table] = (counts[table] ?? 0) + await run(tx, round, left, addresses, dryRun);
  return counts;
}
