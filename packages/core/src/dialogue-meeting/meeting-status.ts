import type { TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import type { ReportReader } from '../reports/report-access.ts';
import { meetingSight } from './meeting-access.ts';
import { meetingById, type DialogueMeeting } from './meeting-store.ts';

/** What a superior or an admin sees of a leader's meeting: whose it is and whether it was held. */
export interface MeetingStatus {
  readonly id: string;
  readonly leaderId: string;
  readonly leaderName: string;
  readonly held: boolean;
}

/** A meeting as one reader may see it: everything for its leader, whether it was held for the others allowed. */
export type MeetingForReader = { readonly sight: 'all'; readonly meeting: DialogueMeeting } | { readonly sight: 'held-only'; readonly status: MeetingStatus };

async function leaderInRound(tx: TenantTx, tenantId: string, roundId: string, leaderId: string) {
  return tx.selectFrom('round_people').select(['name', 'manager_id']).where('tenant_id', '=', tenantId).where('round_id', '=', roundId).where('person_id', '=', leaderId).executeTakeFirst();
}

/** One meeting by id, as much of it as the tenant's policy lets this reader see; the same refusal whether it is not theirs or not there. */
export async function meetingForReader(tx: TenantTx, tenantId: string, meetingId: string, reader: ReportReader): Promise<MeetingForReader> {
  const meeting = await meetingById(tx, tenantId, meetingId);
  const person = meeting ? await leaderInRound(tx, tenantId, meeting.roundId, meeting.leaderId) : undefined;
  const sight = meeting ? meetingSight(reader, meeting.leaderId, person?.manager_id ?? null) : 'none';
  if (!meeting || sight === 'none') throw codedError('NOT_FOUND', 'dialogueMeeting.notFound', {});
  if (sight === 'all') return { sight, meeting };
  return { sight, status: { id: meeting.id, leaderId: meeting.leaderId, leaderName: person?.name ?? meeting.leaderId, held: meeting.heldAt !== null } };
}

/**
 * Whether each leader's meeting in a round was held, for those the reader may follow: admins and
 * analysts every leader with a planned meeting, a leader their direct reports in the round's hierarchy.
 */
export async function meetingStatuses(tx: TenantTx, tenantId: string, roundId: string, reader: ReportReader): Promise<MeetingStatus[]> {
  if (reader.role === 'leader' && reader.personId === null) return [];
  let query = tx.selectFrom('dialogue_meetings as m')
    .innerJoin('round_people as p', (j) => j.onRef('p.tenant_id', '=', 'm.tenant_id').onRef('p.round_id', '=', 'm.round_id').onRef('p.person_id', '=', 'm.leader_id'))
    .select(['m.id', 'm.leader_id', 'm.held_at', 'p.name'])
    .where('m.tenant_id', '=', tenantId).where('p.tenant_id', '=', tenantId).where('m.round_id', '=', roundId);
  if (reader.role === 'leader') query = query.where('p.manager_id', '=', reader.personId);
  const rows = await query.orderBy('p.name').orderBy('m.leader_id').execute();
  return rows.map((r) => ({ id: r.id, leaderId: r.leader_id, leaderName: r.name, held: r.held_at !== null }));
}
