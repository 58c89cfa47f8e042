import type { TenantTx } from '@spejl/db';
import type { ErrorCode, ErrorParams } from '@spejl/error-catalogue';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import { subjectsInScope } from '../rounds/form-derivation.ts';
import { getRound } from '../rounds/lifecycle.ts';
import type { Round } from '../rounds/round.ts';
import { currentPeople } from '../rounds/scope-preview.ts';
import type { TenantRole } from '../tenants/tenant-access.ts';
import { asksPeers } from './launch-peers.ts';
import { peerPairBreaches, peerRuleContext, personLabel, type PeerRuleContext } from './peer-rules.ts';

/*
 * Peer nominations (issue 14): a leader nominates their own peers for a draft round that asks
 * about them; their direct superior in today's hierarchy (or an admin) approves or rejects. An
 * approval writes the pair into round_peers, so launch (launch-peers.ts) takes it like a pair from
 * a peers file and checks it again against the frozen snapshot. A round's own list replaces the
 * standing list for its subject, so the first approval copies the subject's standing peers in:
 * a nomination adds to the peers a leader already had, it does not replace them. The pair rules are the peers
 * file's (peer-rules.ts). Every refusal changes nothing.
 */

/** How many peers one leader may have pending and approved in one round. */
export const MAX_NOMINATIONS = 10;

/** Who is asking, as the tenant access says (the API's context). */
export interface NominationCaller {
  userId: string;
  role: TenantRole;
  personId: string | null;
}

/** A nomination's state. */
export type NominationStatus = 'pending' | 'approved' | 'rejected';

/** The person a leader nominates for, or a refusal: only a leader bound to their person. */
export function nominatingLeader(caller: NominationCaller): string {
  if (caller.role !== 'leader' || !caller.personId) throw codedError('FORBIDDEN', 'peerNominations.notALeader', {});
  return caller.personId;
}

/** A draft round of the tenant, locked against launch while nominations change; otherwise a refusal. */
export async function draftRoundForNominations(tx: TenantTx, roundId: string): Promise<Round> {
  const round = await getRound(tx, roundId, true);
  if (round.status !== 'draft') throw codedError('CONFLICT', 'peers.roundNotDraft', { status: round.status });
  return round;
}

/** A draft round that takes new nominations: one whose themes ask peers (a pair in any other would only stop its launch). */
export async function roundTakingNominations(tx: TenantTx, roundId: string): Promise<Round> {
  const round = await draftRoundForNominations(tx, roundId);
  if (!asksPeers(round.themes)) throw codedError('BAD_INPUT', 'peerNominations.roundAsksNoPeers', {});
  return round;
}

/**
 * Refuses a pair that breaks the peers file's rules, with the rule's own code (its text names both
 * people). A peer who is not a leader is refused without a name: the leader may not learn who an
 * id belongs to by nominating it.
 */
function assertPairAllowed(context: PeerRuleContext, subjectId: string, peerId: string): void {
  if (!context.leaders.has(peerId)) throw codedError('BAD_INPUT', 'peerNominations.notACandidate', {});
  const breaches = peerPairBreaches(context, { subjectId, peerId });
  const first = breaches[0];
  if (first?.code) throw codedError('BAD_INPUT', first.code, (first.params ?? {}) as ErrorParams<ErrorCode>, breaches);
}

/** Nominates a peer for the caller in a draft round that asks about the caller. Returns the new nomination's id. */
export async function nominatePeer(tx: TenantTx, tenantId: string, caller: NominationCaller, input: { roundId: string; peerId: string }): Promise<{ id: string }> {
  const subjectId = nominatingLeader(caller);
  const round = await roundTakingNominations(tx, input.roundId);
  const people = await currentPeople(tx);
  if (!subjectsInScope(people, round.scope, round.exemptLeaderIds).includes(subjectId)) throw codedError('FORBIDDEN', 'peerNominations.notInRound', {});
  const context = peerRuleContext(people);
  assertPairAllowed(context, subjectId, input.peerId);
  const existing = await tx.selectFrom('peer_nominations').select(['peer_id', 'status'])
    .where('round_id', '=', round.id).where('subject_id', '=', subjectId).execute();
  if (existing.some((n) => n.peer_id === input.peerId)) throw codedError('CONFLICT', 'peerNominations.alreadyNominated', { peer: personLabel(context, input.peerId) });
  if (existing.filter((n) => n.status !== 'rejected').length >= MAX_NOMINATIONS) throw codedError('BAD_INPUT', 'peerNominations.tooMany', { max: MAX_NOMINATIONS });
  const row = await tx.insertInto('peer_nominations')
    .values({ tenant_id: tenantId, round_id: round.id, subject_id: subjectId, peer_id: input.peerId, nominated_by: caller.userId })
    .returning('id').executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: 'peers.nominate', target: round.id, details: { subjectId, peerId: input.peerId } });
  return { id: row.id };
}

type NominationRow = { id: string; round_id: string; subject_id: string; peer_id: string; status: NominationStatus };

/**
 * One nomination, locked after its round (locked first, as launch locks it). Who may touch it is
 * asked before anything else is said about it (NOT_FOUND when the tenant has none by that id).
 */
async function lockedNomination(tx: TenantTx, nominationId: string, authorize: (row: NominationRow) => void): Promise<NominationRow> {
  const columns = ['id', 'round_id', 'subject_id', 'peer_id', 'status'] as const;
  const found = await tx.selectFrom('peer_nominations').select(columns).where('id', '=', nominationId).executeTakeFirst();
  if (!found) throw codedError('NOT_FOUND', 'peerNominations.notFound', {});
  authorize(found);
  await draftRoundForNominations(tx, found.round_id);
  const row = await tx.selectFrom('peer_nominations').select(columns).where('id', '=', nominationId).forUpdate().executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'peerNominations.notFound', {});
  return row;
}

/** Withdraws one of the caller's own pending nominations (a decided one stays as the record). */
export async function withdrawNomination(tx: TenantTx, tenantId: string, caller: NominationCaller, nominationId: string): Promise<void> {
  const subjectId = nominatingLeader(caller);
  const row = await lockedNomination(tx, nominationId, (r) => {
    if (r.subject_id !== subjectId) throw codedError('FORBIDDEN', 'peerNominations.notYours', {});
  });
  if (row.status !== 'pending') throw codedError('CONFLICT', 'peerNominations.alreadyDecided', { status: row.status });
  await tx.deleteFrom('peer_nominations').where('id', '=', nominationId).execute();
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: 'peers.withdrawNomination', target: row.round_id, details: { subjectId, peerId: row.peer_id } });
}

/** Whether the caller decides about a subject's nominations: an admin, or the leader bound to the subject's manager today. */
export function decidesFor(caller: NominationCaller, context: PeerRuleContext, subjectId: string): boolean {
  if (caller.role === 'admin' || caller.role === 'operator') return true;
  if (caller.role !== 'leader' || !caller.personId || caller.personId === subjectId) return false;
  return context.byId.get(subjectId)?.managerId === caller.personId;
}

/** Before a subject's first own pair in a round, copies their standing peers in, so the round's list adds to them. */
async function keepStandingPeers(tx: TenantTx, tenantId: string, roundId: string, subjectId: string): Promise<void> {
  const own = await tx.selectFrom('round_peers').select('peer_id').where('round_id', '=', roundId).where('subject_id', '=', subjectId).limit(1).execute();
  if (own.length) return;
  const standing = await tx.selectFrom('standing_peers').select('peer_id').where('subject_id', '=', subjectId).execute();
  if (!standing.length) return;
  await tx.insertInto('round_peers').values(standing.map((p) => ({ tenant_id: tenantId, round_id: roundId, subject_id: subjectId, peer_id: p.peer_id }))).execute();
}

/** Approves or rejects a pending nomination; an approval makes the pair one of the round's own peers. */
export async function decideNomination(tx: TenantTx, tenantId: string, caller: NominationCaller, input: { nominationId: string; decision: 'approve' | 'reject' }): Promise<{ status: NominationStatus }> {
  const context = peerRuleContext(await currentPeople(tx));
  const row = await lockedNomination(tx, input.nominationId, (r) => {
    if (!decidesFor(caller, context, r.subject_id)) throw codedError('FORBIDDEN', 'peerNominations.notTheirSuperior', { subject: personLabel(context, r.subject_id) });
  });
  if (row.status !== 'pending') throw codedError('CONFLICT', 'peerNominations.alreadyDecided', { status: row.status });
  const status: NominationStatus = input.decision === 'approve' ? 'approved' : 'rejected';
  if (status === 'approved') {
    // The hierarchy may have changed since the nomination: the rules are asked again today.
    assertPairAllowed(context, row.subject_id, row.peer_id);
    await keepStandingPeers(tx, tenantId, row.round_id, row.subject_id);
    await tx.insertInto('round_peers').values({ tenant_id: tenantId, round_id: row.round_id, subject_id: row.subject_id, peer_id: row.peer_id })
      .onConflict((c) => c.columns(['tenant_id', 'round_id', 'subject_id', 'peer_id']).doNothing()).execute();
  }
  await tx.updateTable('peer_nominations').set({ status, decided_by: caller.userId, decided_at: new Date() })
    .where('id', '=', row.id).where('status', '=', 'pending').execute();
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: `peers.${input.decision}Nomination`, target: row.round_id, details: { subjectId: row.subject_id, peerId: row.peer_id } });
  return { status };
}
