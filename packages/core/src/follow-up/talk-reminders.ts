import type { Database, Kysely, TenantTx } from '@spejl/db';
import { deliverClaimed } from '../mail/claimed-delivery.ts';
import type { MailMessage } from '../mail/message.ts';
import type { Mailer } from '../mail/transport.ts';

/** A talk is due for its reminder this long before it takes place. */
export const TALK_REMINDER_LEAD_MS = 2 * 86_400_000;

interface DueTalk { id: string; round_id: string; leader_id: string; superior_id: string | null; talk_at: Date }
interface Addressee { personId: string; name: string; email: string }

const TEXTS = {
  da: {
    subject: (leader: string) => `Påmindelse: opfølgningssamtale om ${leader}s lederevaluering`,
    body: (a: Addressee, leader: string, superior: string, when: string, link: string) =>
      `Kære ${a.name}\n\nSamtalen mellem ${leader} og ${superior} om opfølgningen på lederevalueringen er planlagt til ${when}.\n\nForbered samtalen ud fra udviklingsplanen og samtaleguiden:\n${link}\n\nEfter samtalen skriver ${leader} jeres aftaler i planen, og ${superior} bekræfter dem.\n`,
  },
  en: {
    subject: (leader: string) => `Reminder: follow-up talk on ${leader}'s leadership evaluation`,
    body: (a: Addressee, leader: string, superior: string, when: string, link: string) =>
      `Dear ${a.name}\n\nThe talk between ${leader} and ${superior} following up the leadership evaluation is planned for ${when}.\n\nPrepare it from the follow-up plan and the conversation guide:\n${link}\n\nAfter the talk ${leader} records your agreements in the plan and ${superior} confirms them.\n`,
  },
} as const;

/**
 * Marks the due talks reminded, in the same statement that finds them: each talk is reminded once,
 * however many workers run. A talk whose time has passed is not reminded of.
 */
async function claimDueTalks(tx: TenantTx, tenantId: string, now: Date): Promise<DueTalk[]> {
  return tx
    .updateTable('follow_up_plans')
    .set({ reminder_sent_at: now })
    .where('tenant_id', '=', tenantId)
    .where('reminder_sent_at', 'is', null)
    .where('talk_held_at', 'is', null)
    .where('talk_at', '>', now)
    .where('talk_at', '<=', new Date(now.getTime() + TALK_REMINDER_LEAD_MS))
    .returning(['id', 'round_id', 'leader_id', 'superior_id', 'talk_at'])
    .execute();
}

/** The reminder mails of the claimed talks: one to the leader and one to their superior, in the tenant's language. */
async function reminderMails(tx: TenantTx, tenantId: string, talks: readonly DueTalk[], publicUrl: string): Promise<MailMessage[]> {
  if (!talks.length) return [];
  const tenant = await tx.selectFrom('tenants').select(['locale', 'time_zone']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  const people = await tx
    .selectFrom('round_people')
    .select(['round_id', 'person_id', 'name', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('round_id', 'in', [...new Set(talks.map((t) => t.round_id))])
    .where('person_id', 'in', [...new Set(talks.flatMap((t) => [t.leader_id, ...(t.superior_id ? [t.superior_id] : [])]))])
    .execute();
  const find = (roundId: string, personId: string | null) => people.find((p) => p.round_id === roundId && p.person_id === personId);
  const locale = tenant.locale === 'en' ? 'en' : 'da';
  const texts = TEXTS[locale];
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: tenant.time_zone });
  return talks.flatMap((talk) => {
    const leader = find(talk.round_id, talk.leader_id);
    const superior = find(talk.round_id, talk.superior_id);
    if (!leader) return [];
    const when = format.format(new Date(talk.talk_at));
    // The tenant in the link: a reader who belongs to several organisations lands in this one.
    const link = `${publicUrl.replace(/\/$/, '')}/follow-up/${talk.id}?tenant=${tenantId}`;
    const to = [leader, superior].flatMap((p) => (p?.email ? [{ personId: p.person_id, name: p.name, email: p.email }] : []));
    return to.map((a): MailMessage => ({ to: a.email, subject: texts.subject(leader.name), text: texts.body(a, leader.name, superior?.name ?? '', when, link), locale }));
  });
}

/**
 * Sends one reminder to the leader and their superior for every talk due within two days that is
 * not yet held, through the tenant's outbox; a talk is claimed before its mails go, so it is never
 * reminded twice.
 */
export function sendDueTalkReminders(db: Kysely<Database>, tenantId: string, mailer: Mailer, publicUrl: string, now = new Date()): Promise<number> {
  return deliverClaimed(db, tenantId, mailer, async (tx) => reminderMails(tx, tenantId, await claimDueTalks(tx, tenantId, now), publicUrl));
}
