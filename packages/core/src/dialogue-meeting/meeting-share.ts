import { sql, type TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { sendTenantMail } from '../mail/outbox.ts';
import type { Mailer } from '../mail/transport.ts';
import { spelledDay } from './meeting-kit.ts';
import { plannedMeeting, type DialogueMeeting } from './meeting-store.ts';

/** What sharing did: how many were sent the agreements now (0 when they were shared before), and when they were shared. */
export interface ShareResult {
  readonly sent: number;
  readonly sharedAt: Date;
  readonly alreadyShared: boolean;
}

function agreementsMail(to: string, name: string, leaderName: string, roundName: string, meeting: DialogueMeeting) {
  const day = spelledDay(meeting.date, 'da');
  return {
    to,
    locale: 'da' as const,
    subject: `Aftaler fra dialogmødet den ${day}`,
    text: `Kære ${name}\n\n${leaderName} deler her teamets aftaler fra dialogmødet den ${day} om ledelsesevalueringen "${roundName}":\n\n${meeting.agreements ?? ''}\n\nVenlig hilsen\n${leaderName}\n`,
    // The agreements are the leader's to share with the team; admins reading the outbox see that a mail went, not what it said.
    private: meeting.agreements ? [meeting.agreements] : [],
  };
}

/**
 * Sends the meeting's agreements by mail to the leader's direct reports in the round's frozen
 * hierarchy who have an address, once: the row is claimed (`shared_at` set where it was empty)
 * before any mail goes, so sharing twice, or twice at once, sends nothing the second time.
 */
export async function shareAgreements(tx: TenantTx, tenantId: string, mailer: Mailer, roundId: string, leaderId: string): Promise<ShareResult> {
  const meeting = await plannedMeeting(tx, tenantId, roundId, leaderId);
  if (meeting.sharedAt) return { sent: 0, sharedAt: meeting.sharedAt, alreadyShared: true };
  if (!meeting.agreements) throw codedError('CONFLICT', 'dialogueMeeting.noAgreements', {});
  if (!meeting.heldAt) throw codedError('CONFLICT', 'dialogueMeeting.notHeld', {});
  const claimed = await tx.updateTable('dialogue_meetings').set({ shared_at: sql<Date>`now()` })
    .where('tenant_id', '=', tenantId).where('id', '=', meeting.id).where('shared_at', 'is', null)
    .returning('shared_at').executeTakeFirst();
  if (!claimed?.shared_at) {
    const now = await plannedMeeting(tx, tenantId, roundId, leaderId);
    return { sent: 0, sharedAt: now.sharedAt ?? new Date(), alreadyShared: true };
  }
  const people = await tx.selectFrom('round_people').select(['person_id', 'name', 'email', 'manager_id'])
    .where('tenant_id', '=', tenantId).where('round_id', '=', roundId)
    .where((eb) => eb.or([eb('manager_id', '=', leaderId), eb('person_id', '=', leaderId)]))
    .orderBy('person_id').execute();
  const round = await tx.selectFrom('rounds').select('name').where('tenant_id', '=', tenantId).where('id', '=', roundId).executeTakeFirstOrThrow();
  const leaderName = people.find((p) => p.person_id === leaderId)?.name ?? '';
  const team = people.filter((p) => p.manager_id === leaderId && p.email);
  for (const person of team) await sendTenantMail(tx, tenantId, mailer, agreementsMail(person.email!, person.name, leaderName, round.name, meeting));
  return { sent: team.length, sharedAt: claimed.shared_at, alreadyShared: false };
}
