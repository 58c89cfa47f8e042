import { sql, type Database, type Kysely, type TenantTx } from '@spejl/db';
import { deliverClaimed } from '../mail/claimed-delivery.ts';
import type { MailMessage } from '../mail/message.ts';
import type { Mailer } from '../mail/transport.ts';
import { tenantToday } from './tenant-today.ts';

/*
 * The two mails of an initiative: the material once it is created, the follow-up when its day has
 * come. Each is claimed on its target row (the mailed column set in the claim's statement) and
 * delivered after the claim commits (deliverClaimed), so a pass run twice, or on two servers, sends
 * each mail once and no transaction waits on a mail server. The mail carries a link into the
 * console, where the leader signs in; it holds no secret.
 */

interface Addressee { email: string; name: string }
interface InitiativeText { id: string; title: string; description: string }

/** The console page of one initiative, as a leader opens it. */
function initiativeLink(publicUrl: string, tenantId: string, initiativeId: string): string {
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

interface Claimed { initiative_id: string; person_id: string }

/** Claims every material mail not sent yet: initiatives made without a mail pass (the demo's) are caught up too. */
function claimMaterial(tx: TenantTx, tenantId: string): Promise<Claimed[]> {
  return tx.updateTable('initiative_targets').set({ material_mailed_at: new Date() })
    .where('tenant_id', '=', tenantId).where('material_mailed_at', 'is', null)
    .returning(['initiative_id', 'person_id']).execute();
}

/** Claims the follow-up of every initiative whose day has come, for leaders not yet asked who have not answered. */
function claimFollowUps(tx: TenantTx, tenantId: string, today: string): Promise<Claimed[]> {
  return tx.updateTable('initiative_targets as t').set({ follow_up_mailed_at: new Date() })
    .from('initiatives as i')
    .whereRef('i.tenant_id', '=', 't.tenant_id').whereRef('i.id', '=', 't.initiative_id')
    .where('t.tenant_id', '=', tenantId).where('i.follow_up_on', '<=', today)
    .where('t.follow_up_mailed_at', 'is', null).where('t.answered_at', 'is', null)
    .returning(['t.initiative_id', 't.person_id']).execute();
}

/** The mails of the claimed rows, to the leaders who have an address. */
async function claimedMails(tx: TenantTx, tenantId: string, publicUrl: string, material: readonly Claimed[], followUps: readonly Claimed[]): Promise<MailMessage[]> {
  const ids = [...new Set([...material, ...followUps].map((c) => c.initiative_id))];
  if (!ids.length) return [];
  const initiatives = new Map((await tx.selectFrom('initiatives')
    .select(['id', 'title', 'description', sql<string>`to_char(follow_up_on, 'YYYY-MM-DD')`.as('follow_up_on')])
    .where('id', 'in', ids).execute()).map((i) => [i.id, i]));
  const people = new Map((await tx.selectFrom('people').select(['person_id', 'name', 'email'])
    .where('person_id', 'in', [...new Set([...material, ...followUps].map((c) => c.person_id))]).where('email', 'is not', null).execute())
    .map((p) => [p.person_id, { email: p.email!, name: p.name }]));
  const mails = (claimed: readonly Claimed[], write: (to: Addressee, initiative: InitiativeText & { follow_up_on: string }, link: string) => MailMessage) =>
    [...claimed].sort((a, b) => a.person_id.localeCompare(b.person_id)).flatMap((c) => {
      const to = people.get(c.person_id);
      const initiative = initiatives.get(c.initiative_id);
      return to && initiative ? [write(to, initiative, initiativeLink(publicUrl, tenantId, initiative.id))] : [];
    });
  return [
    ...mails(material, (to, i, link) => materialMail(to, i, link, i.follow_up_on)),
    ...mails(followUps, (to, i, link) => followUpMail(to, i, link)),
  ];
}

/**
 * Sends what is due in one tenant: the material of every initiative not mailed yet, and the
 * follow-up of every initiative whose day (in the tenant's time zone) has come. Safe to call again;
 * returns how many mails went out.
 */
export function sendDueInitiativeMails(db: Kysely<Database>, tenantId: string, mailer: Mailer, publicUrl: string, now = new Date()): Promise<number> {
  return deliverClaimed(db, tenantId, mailer, async (tx) => {
    const material = await claimMaterial(tx, tenantId);
    const followUps = await claimFollowUps(tx, tenantId, await tenantToday(tx, tenantId, now));
    return claimedMails(tx, tenantId, publicUrl, material, followUps);
  });
}
