import { sql, type TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import type { InitiativeCaller } from './initiative-caller.ts';
import { followUpAnswerSchema, type FollowUpAnswer } from './initiative-input.ts';
import { tenantToday } from './tenant-today.ts';
import { ownTarget } from './initiative-view.ts';

/*
 * The leader's side: their own initiatives ("Indsatser") and their answer to a follow-up. A leader
 * answers only their own: the person comes from their membership, never from the request.
 */

/** One of the caller's initiatives as their list shows it. */
export interface OwnInitiative {
  id: string;
  title: string;
  followUpOn: string;
  opened: boolean;
  answered: boolean;
}

/** The initiatives aimed at the caller, newest first; none for anyone who is not a leader bound to their person. */
export async function myInitiatives(tx: TenantTx, caller: InitiativeCaller): Promise<OwnInitiative[]> {
  if (caller.role !== 'leader' || !caller.personId) return [];
  const rows = await tx.selectFrom('initiative_targets as t')
    .innerJoin('initiatives as i', (j) => j.onRef('i.tenant_id', '=', 't.tenant_id').onRef('i.id', '=', 't.initiative_id'))
    .select(['i.id', 'i.title', 't.opened_at', 't.answered_at', sql<string>`to_char(i.follow_up_on, 'YYYY-MM-DD')`.as('follow_up_on')])
    .where('t.person_id', '=', caller.personId).orderBy('i.created_at', 'desc').orderBy('i.id').execute();
  return rows.map((r) => ({ id: r.id, title: r.title, followUpOn: r.follow_up_on, opened: r.opened_at !== null, answered: r.answered_at !== null }));
}

/** Records (or replaces) the caller's answer to an initiative's follow-up, from its day on. */
export async function answerFollowUp(tx: TenantTx, tenantId: string, caller: InitiativeCaller, initiativeId: string, raw: FollowUpAnswer): Promise<{ answeredAt: Date }> {
  if (caller.role !== 'leader' || !caller.personId) throw codedError('FORBIDDEN', 'initiatives.notALeader', {});
  const answer = followUpAnswerSchema.parse(raw);
  const own = await ownTarget(tx, caller, initiativeId);
  const initiative = await tx.selectFrom('initiatives').select(sql<string>`to_char(follow_up_on, 'YYYY-MM-DD')`.as('day')).where('id', '=', initiativeId).executeTakeFirstOrThrow();
  if (initiative.day > await tenantToday(tx, tenantId)) throw codedError('CONFLICT', 'initiatives.followUpNotYet', { date: initiative.day });
  if (!answer.did && !answer.worked && !answer.wish) throw codedError('BAD_INPUT', 'initiatives.answerEmpty', {});
  const answeredAt = new Date();
  await tx.updateTable('initiative_targets')
    .set({ answer_did: answer.did, answer_worked: answer.worked, answer_wish: answer.wish, answered_at: answeredAt, opened_at: own.opened_at ?? answeredAt })
    .where('initiative_id', '=', initiativeId).where('person_id', '=', own.person_id).execute();
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: 'initiatives.answer', target: initiativeId, details: { personId: own.person_id } });
  return { answeredAt };
}
