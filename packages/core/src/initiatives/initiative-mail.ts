import { sql, type TenantTx } from '@spejl/db';
import type { MailMessage } from '../mail/message.ts';
import { sendTenantMail } from '../mail/outbox.ts';
import type { Mailer } from '../mail/transport.ts';

/*
 * The two mails of an initiative: the material when it is created, the follow-up when its day has
 * come. Each is claimed on its target row before it is handed to the outbox (the mailed column is
 * set in the same transaction), so running a pass twice, or on two servers, sends each mail once.
 * The mail carries a link into the console, where the leader signs in; it holds no secret.
 */

/** Where mail is sent from and which address the console has. */
export interface InitiativeMailOptions {
  mailer: Mailer;
  publicUrl: string;
}

interface Addressee { email: string; name: string }
interface InitiativeText { id: string; title: string; description: string }

/** The console page of one initiative, as a leader opens it. */
export function initiativeLink(publicUrl: string, tenantId: string, initiativeId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/initiatives/${initiativeId}?tenant=${tenantId}`;
}

function materialMail(to: Addressee, initiative: InitiativeText, link: string, followUpOn: string): MailMessage {
  return {
    to: to.email,
    locale: 'da',
    subject: `Ny indsats: ${initiative.title}`,
    text: [
      `Kære ${to.name}`, '',
      `Organisationen har sat en indsats i gang, som du er med i: ${initiative.title}.`, '',
      initiative.description, '',
      `Materialet (links og filer) finder du i konsollen under Indsatser: ${link}`, '',
      `Den ${followUpOn} følger vi op og beder dig fortælle kort, hvad du gjorde, hvad der virkede, og hvad du ville ønske dig.`, '',
      '—', '',
      `New initiative: ${initiative.title}. The material is in the console under Indsatser (Initiatives): ${link}. We follow up on ${followUpOn}.`,
    ].join('\n'),
  };
}

function followUpMail(to: Addressee, initiative: InitiativeText, link: string): MailMessage {
  return {
    to: to.email,
    locale: 'da',
    subject: `Opfølgning på indsatsen: ${initiative.title}`,
    text: [
      `Kære ${to.name}`, '',
      `Nu følger vi op på indsatsen ${initiative.title}. Fortæl kort i konsollen, hvad du gjorde, hvad der virkede, og hvad du ville ønske dig: ${link}`, '',
      'Dine svar vises med dit navn for dem, der står bag indsatsen.', '',
      '—', '',
      `Follow-up on the initiative ${initiative.title}: tell us briefly in the console what you did, what worked and what you would ask for: ${link}. Your answers are shown with your name to those running the initiative.`,
    ].join('\n'),
  };
}

type Kind = 'material' | 'followUp';

/** Sends one initiative's mail of one kind to every target not mailed yet (with an e-mail address); returns how many went out. */
async function mailTargets(tx: TenantTx, tenantId: string, initiativeId: string, kind: Kind, o: InitiativeMailOptions): Promise<number> {
  const column = kind === 'material' ? 'material_mailed_at' : 'follow_up_mailed_at';
  const initiative = await tx.selectFrom('initiatives').select(['id', 'title', 'description', sql<string>`to_char(follow_up_on, 'YYYY-MM-DD')`.as('follow_up_on')]).where('id', '=', initiativeId).executeTakeFirst();
  if (!initiative) return 0;
  // Claimed first: a concurrent pass waits on these rows and then finds them mailed.
  const claimed = await tx.updateTable('initiative_targets').set({ [column]: new Date() })
    .where('initiative_id', '=', initiativeId).where(column, 'is', null)
    .$if(kind === 'followUp', (q) => q.where('answered_at', 'is', null))
    .returning('person_id').execute();
  if (!claimed.length) return 0;
  const people = await tx.selectFrom('people').select(['person_id', 'name', 'email'])
    .where('person_id', 'in', claimed.map((c) => c.person_id)).where('email', 'is not', null).orderBy('person_id').execute();
  const link = initiativeLink(o.publicUrl, tenantId, initiativeId);
  const followUpOn = initiative.follow_up_on;
  for (const p of people) {
    const to = { email: p.email!, name: p.name };
    await sendTenantMail(tx, tenantId, o.mailer, kind === 'material' ? materialMail(to, initiative, link, followUpOn) : followUpMail(to, initiative, link));
  }
  return people.length;
}

/** Mails an initiative's material to its leaders who have not had it; safe to call again. */
export function mailInitiativeMaterial(tx: TenantTx, tenantId: string, initiativeId: string, o: InitiativeMailOptions): Promise<number> {
  return mailTargets(tx, tenantId, initiativeId, 'material', o);
}

/** Mails an initiative's follow-up to its leaders not yet asked who have not answered (when its day has come); safe to call again. */
export function mailInitiativeFollowUp(tx: TenantTx, tenantId: string, initiativeId: string, o: InitiativeMailOptions): Promise<number> {
  return mailTargets(tx, tenantId, initiativeId, 'followUp', o);
}

/**
 * Mails what is due: material not sent yet (an initiative made without a mailer, as the demo's)
 * and the follow-up of every initiative whose day (in the tenant's time zone) has come, to leaders
 * not yet asked who have not answered. Safe to call again.
 */
export async function mailDueFollowUps(tx: TenantTx, tenantId: string, today: string, o: InitiativeMailOptions): Promise<number> {
  const unsent = await tx.selectFrom('initiative_targets').select('initiative_id').distinct().where('material_mailed_at', 'is', null).execute();
  let sent = 0;
  for (const u of unsent) sent += await mailTargets(tx, tenantId, u.initiative_id, 'material', o);
  const due = await tx.selectFrom('initiatives').select('id').where('follow_up_on', '<=', today).execute();
  for (const d of due) sent += await mailTargets(tx, tenantId, d.id, 'followUp', o);
  return sent;
}
