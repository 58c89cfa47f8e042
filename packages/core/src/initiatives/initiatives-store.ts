import { afterCommit, sql, type InitiativeLink, type InitiativeTarget, type TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import { aimedLeaders } from './aim.ts';
import type { InitiativeCaller } from './initiative-caller.ts';
import { initiativeInputSchema, type InitiativeInput } from './initiative-input.ts';
import { sendDueInitiativeMails } from './initiative-mail.ts';
import { addMonths } from '@spejl/plugin-sdk/time';
import type { Mailer } from '../mail/transport.ts';
import { tenantToday } from './tenant-today.ts';

/*
 * The admin's side of initiatives: create one (its leaders fixed at creation and mailed the
 * material), list them with their participation, and change the follow-up day. Who may call these
 * is the API's requireRole('admin'); every statement carries the tenant (withTenant).
 */

/** An initiative as lists show it, with its participation. */
export interface InitiativeSummary {
  id: string;
  title: string;
  themes: string[];
  followUpOn: string;
  createdAt: Date;
  targeted: number;
  opened: number;
  answered: number;
}

/** Where an initiative's mails are sent from and which address the console has. */
export interface InitiativeMailOptions {
  mailer: Mailer;
  publicUrl: string;
}

/** Sends what became due once the transaction has committed, so no mail goes for a change that rolled back and no transaction waits on a mail server. */
function mailAfterCommit(tx: TenantTx, tenantId: string, o: Partial<InitiativeMailOptions>): void {
  const { mailer, publicUrl } = o;
  if (mailer && publicUrl) afterCommit(tx, async (db) => void (await sendDueInitiativeMails(db, tenantId, mailer, publicUrl)));
}

/** The follow-up day: as chosen (today or later), else today plus the months. */
function followUpDay(today: string, months: number, chosen: string | undefined): string {
  if (chosen === undefined) return addMonths(today, months);
  if (chosen < today) throw codedError('BAD_INPUT', 'initiatives.followUpInPast', { date: chosen });
  return chosen;
}

/** Creates an initiative, fixes its leaders and mails them the material (when given a mailer). Refuses themes the platform does not have and aims that reach nobody. */
export async function createInitiative(
  tx: TenantTx, tenantId: string, caller: InitiativeCaller, raw: InitiativeInput,
  o: Partial<InitiativeMailOptions> & { knownThemes: readonly string[]; now?: Date },
): Promise<{ id: string; targeted: number; withoutPublished: number }> {
  const input = initiativeInputSchema.parse(raw);
  const unknown = input.themes.find((t) => !o.knownThemes.includes(t));
  if (unknown) throw codedError('BAD_INPUT', 'theme.notFound', { themeId: unknown });
  const aimed = await aimedLeaders(tx, input.target);
  if (!aimed.personIds.length) throw codedError('BAD_INPUT', 'initiatives.noLeaders', {});
  const today = await tenantToday(tx, tenantId, o.now);
  const row = await tx.insertInto('initiatives').values({
    tenant_id: tenantId, title: input.title, description: input.description, themes: JSON.stringify([...new Set(input.themes)]),
    links: JSON.stringify(input.links satisfies InitiativeLink[]), target: JSON.stringify(input.target satisfies InitiativeTarget),
    follow_up_months: input.followUpMonths, follow_up_on: followUpDay(today, input.followUpMonths, input.followUpOn), created_by: caller.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('initiative_targets').values(aimed.personIds.map((personId) => ({ tenant_id: tenantId, initiative_id: row.id, person_id: personId }))).execute();
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: 'initiatives.create', target: row.id, details: { title: input.title, target: input.target, leaders: aimed.personIds.length } });
  // Without a mailer (the demo seed) the mail job sends the material at its next pass.
  mailAfterCommit(tx, tenantId, o);
  return { id: row.id, targeted: aimed.personIds.length, withoutPublished: aimed.withoutPublished };
}

/** Every initiative of the tenant, newest first, with its participation. */
export async function listInitiatives(tx: TenantTx): Promise<InitiativeSummary[]> {
  const rows = await tx.selectFrom('initiatives as i')
    .leftJoin('initiative_targets as t', (j) => j.onRef('t.tenant_id', '=', 'i.tenant_id').onRef('t.initiative_id', '=', 'i.id'))
    .select(['i.id', 'i.title', 'i.themes', 'i.created_at', sql<string>`to_char(i.follow_up_on, 'YYYY-MM-DD')`.as('follow_up_on')])
    .select((eb) => [eb.fn.count<string>('t.person_id').as('targeted'), eb.fn.count<string>('t.opened_at').as('opened'), eb.fn.count<string>('t.answered_at').as('answered')])
    .groupBy(['i.id', 'i.title', 'i.themes', 'i.created_at', 'i.follow_up_on'])
    .orderBy('i.created_at', 'desc').orderBy('i.id').execute();
  return rows.map((r) => ({
    id: r.id, title: r.title, themes: r.themes, followUpOn: r.follow_up_on, createdAt: new Date(r.created_at),
    targeted: Number(r.targeted), opened: Number(r.opened), answered: Number(r.answered),
  }));
}

/**
 * Moves the follow-up day (today or later); moved to today, the follow-up goes out as the change
 * commits (given a mailer), and `mailed` counts the leaders it goes to. Leaders already asked are
 * not asked again.
 */
export async function setFollowUpDay(tx: TenantTx, tenantId: string, caller: InitiativeCaller, initiativeId: string, day: string, o: Partial<InitiativeMailOptions> = {}): Promise<{ followUpOn: string; mailed: number }> {
  const today = await tenantToday(tx, tenantId);
  if (day < today) throw codedError('BAD_INPUT', 'initiatives.followUpInPast', { date: day });
  const updated = await tx.updateTable('initiatives').set({ follow_up_on: day }).where('id', '=', initiativeId).returning('id').executeTakeFirst();
  if (!updated) throw codedError('NOT_FOUND', 'initiatives.notFound', {});
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: 'initiatives.followUpDay', target: initiativeId, details: { day } });
  if (day !== today || !o.mailer || !o.publicUrl) return { followUpOn: day, mailed: 0 };
  mailAfterCommit(tx, tenantId, o);
  const due = await tx.selectFrom('initiative_targets as t').innerJoin('people as p', (j) => j.onRef('p.tenant_id', '=', 't.tenant_id').onRef('p.person_id', '=', 't.person_id'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('t.initiative_id', '=', initiativeId).where('t.follow_up_mailed_at', 'is', null).where('t.answered_at', 'is', null).where('p.email', 'is not', null)
    .executeTakeFirstOrThrow();
  return { followUpOn: day, mailed: Number(due.n) };
}

/** Deletes an initiative with its files and answers. */
export async function deleteInitiative(tx: TenantTx, tenantId: string, caller: InitiativeCaller, initiativeId: string): Promise<void> {
  const gone = await tx.deleteFrom('initiatives').where('id', '=', initiativeId).returning('title').executeTakeFirst();
  if (!gone) throw codedError('NOT_FOUND', 'initiatives.notFound', {});
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: 'initiatives.delete', target: initiativeId, details: { title: gone.title } });
}
