import { sql, type InitiativeLink, type InitiativeTarget, type TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { managesInitiatives, type InitiativeCaller } from './initiative-caller.ts';
import { tenantToday } from './tenant-today.ts';

/*
 * One initiative as its page shows it. An admin sees the aim, every leader's participation and
 * their answers under their names (leaders' own words about what they did, not employees'
 * answers: the form says so). A leader sees it only when it is aimed at them — any other id, of
 * this tenant or another, is "not found" — and sees only their own follow-up. A leader's first
 * look is recorded as "opened the material".
 */

/** A material file as listed (the bytes come by the download route). */
export interface MaterialFile { id: string; fileName: string; contentType: string; size: number }

/** One leader's part in an initiative, as the admin's page shows it. */
export interface Participant {
  personId: string;
  /** Today's name, or null when the person has left the hierarchy since. */
  name: string | null;
  opened: boolean;
  followUpMailed: boolean;
  answer: { did: string; worked: string; wish: string; answeredAt: Date } | null;
}

/** What the initiative's page shows; `participants` for admins only, `ownFollowUp` for the targeted leader only. */
export interface InitiativeView {
  id: string;
  title: string;
  description: string;
  themes: string[];
  links: InitiativeLink[];
  files: MaterialFile[];
  followUpMonths: number;
  followUpOn: string;
  /** The follow-up day has come (in the tenant's time zone): the leader can answer. */
  followUpOpen: boolean;
  createdAt: Date;
  target: InitiativeTarget | null;
  /** The name of the leader a chain aim starts from (admins only; null for other aims or a leader who has left). */
  aimLeaderName: string | null;
  participants: Participant[] | null;
  ownFollowUp: { did: string; worked: string; wish: string; answeredAt: Date | null } | null;
}

/** The initiative's row, or NOT_FOUND. */
async function initiativeRow(tx: TenantTx, initiativeId: string) {
  const row = await tx.selectFrom('initiatives')
    .select(['id', 'title', 'description', 'themes', 'links', 'target', 'follow_up_months', 'created_at', sql<string>`to_char(follow_up_on, 'YYYY-MM-DD')`.as('follow_up_on')])
    .where('id', '=', initiativeId).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'initiatives.notFound', {});
  return row;
}

/** The target row of a leader in an initiative, or NOT_FOUND (the same answer as for an initiative that does not exist). */
export async function ownTarget(tx: TenantTx, caller: InitiativeCaller, initiativeId: string) {
  if (caller.role !== 'leader' || !caller.personId) throw codedError('NOT_FOUND', 'initiatives.notFound', {});
  const row = await tx.selectFrom('initiative_targets').selectAll().where('initiative_id', '=', initiativeId).where('person_id', '=', caller.personId).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'initiatives.notFound', {});
  return row;
}

/** Refuses a caller who may not see the initiative: not an admin and not among its leaders. */
export async function assertSeesInitiative(tx: TenantTx, caller: InitiativeCaller, initiativeId: string): Promise<void> {
  if (managesInitiatives(caller)) return;
  await ownTarget(tx, caller, initiativeId);
}

async function materialFiles(tx: TenantTx, initiativeId: string): Promise<MaterialFile[]> {
  const rows = await tx.selectFrom('initiative_files').select(['id', 'file_name', 'content_type', sql<number>`octet_length(bytes)`.as('size')])
    .where('initiative_id', '=', initiativeId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, fileName: r.file_name, contentType: r.content_type, size: Number(r.size) }));
}

async function participants(tx: TenantTx, initiativeId: string): Promise<Participant[]> {
  const rows = await tx.selectFrom('initiative_targets as t')
    .leftJoin('people as p', (j) => j.onRef('p.tenant_id', '=', 't.tenant_id').onRef('p.person_id', '=', 't.person_id'))
    .select(['t.person_id', 'p.name', 't.opened_at', 't.follow_up_mailed_at', 't.answer_did', 't.answer_worked', 't.answer_wish', 't.answered_at'])
    .where('t.initiative_id', '=', initiativeId).orderBy('p.name').orderBy('t.person_id').execute();
  return rows.map((r) => ({
    personId: r.person_id, name: r.name, opened: r.opened_at !== null, followUpMailed: r.follow_up_mailed_at !== null,
    answer: r.answered_at ? { did: r.answer_did ?? '', worked: r.answer_worked ?? '', wish: r.answer_wish ?? '', answeredAt: new Date(r.answered_at) } : null,
  }));
}

async function personName(tx: TenantTx, personId: string): Promise<string | null> {
  return (await tx.selectFrom('people').select('name').where('person_id', '=', personId).executeTakeFirst())?.name ?? null;
}

/** The initiative's page for the caller: an admin's whole view, or a targeted leader's own (recording that they opened it). */
export async function viewInitiative(tx: TenantTx, tenantId: string, caller: InitiativeCaller, initiativeId: string): Promise<InitiativeView> {
  const admin = managesInitiatives(caller);
  const own = admin ? null : await ownTarget(tx, caller, initiativeId);
  const row = await initiativeRow(tx, initiativeId);
  if (own && !own.opened_at) {
    await tx.updateTable('initiative_targets').set({ opened_at: new Date() })
      .where('initiative_id', '=', initiativeId).where('person_id', '=', own.person_id).where('opened_at', 'is', null).execute();
  }
  return {
    id: row.id, title: row.title, description: row.description, themes: row.themes, links: row.links, files: await materialFiles(tx, initiativeId),
    followUpMonths: row.follow_up_months, followUpOn: row.follow_up_on, followUpOpen: row.follow_up_on <= await tenantToday(tx, tenantId), createdAt: new Date(row.created_at),
    target: admin ? row.target : null,
    aimLeaderName: admin && row.target.kind === 'chain' ? await personName(tx, row.target.leaderId) : null,
    participants: admin ? await participants(tx, initiativeId) : null,
    ownFollowUp: own ? { did: own.answer_did ?? '', worked: own.answer_worked ?? '', wish: own.answer_wish ?? '', answeredAt: own.answered_at ? new Date(own.answered_at) : null } : null,
  };
}
