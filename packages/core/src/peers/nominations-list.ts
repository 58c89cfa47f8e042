import type { TenantTx } from '@spejl/db';
import { subjectsInScope } from '../rounds/form-derivation.ts';
import { toRound } from '../rounds/round.ts';
import { currentPeople } from '../rounds/scope-preview.ts';
import { asksPeers } from './launch-peers.ts';
import { decidesFor, MAX_NOMINATIONS, nominatingLeader, roundTakingNominations, type NominationCaller, type NominationStatus } from './nominations.ts';
import { peerPairBreaches, peerRuleContext } from './peer-rules.ts';
import type { NamedPeer } from './peers-store.ts';

/** One of the caller's own nominations. */
export interface OwnNomination {
  id: string;
  peer: NamedPeer;
  status: NominationStatus;
  createdAt: Date;
}

/** A draft round that asks about the caller, with what they nominated for it. */
export interface NominationRound {
  id: string;
  name: string;
  closesAt: Date;
  nominations: OwnNomination[];
}

/** A pending nomination the caller may decide. */
export interface WaitingNomination {
  id: string;
  round: { id: string; name: string };
  subject: NamedPeer;
  peer: NamedPeer;
  createdAt: Date;
}

/** What the console shows a caller: their rounds to nominate in, and the nominations waiting for their decision. */
export interface NominationOverview {
  max: number;
  /** Whether the caller decides anyone's nominations (an admin, or a leader with direct reports today). */
  decides: boolean;
  rounds: NominationRound[];
  waiting: WaitingNomination[];
}

/**
 * The caller's nominations by draft round (only rounds that ask peers about them, for a leader
 * bound to a person) and the pending ones they decide: their direct employees' (today's hierarchy), every
 * one for an admin. Nobody else's nominations are read.
 */
export async function listNominations(tx: TenantTx, caller: NominationCaller): Promise<NominationOverview> {
  const people = await currentPeople(tx);
  const names = new Map(people.map((p) => [p.personId, p.name]));
  const named = (personId: string): NamedPeer => ({ personId, name: names.get(personId) ?? personId });
  const context = peerRuleContext(people);
  const drafts = (await tx.selectFrom('rounds').selectAll().where('status', '=', 'draft').orderBy('created_at', 'desc').orderBy('id').execute()).map(toRound);
  const roundName = new Map(drafts.map((r) => [r.id, r.name]));

  const rounds: NominationRound[] = [];
  const self = caller.role === 'leader' ? caller.personId : null;
  if (self) {
    const own = await tx.selectFrom('peer_nominations').select(['id', 'round_id', 'peer_id', 'status', 'created_at'])
      .where('subject_id', '=', self).orderBy('created_at').orderBy('id').execute();
    for (const round of drafts) {
      if (!asksPeers(round.themes) || !subjectsInScope(people, round.scope, round.exemptLeaderIds).includes(self)) continue;
      const nominations = own.filter((n) => n.round_id === round.id)
        .map((n) => ({ id: n.id, peer: named(n.peer_id), status: n.status, createdAt: n.created_at }));
      rounds.push({ id: round.id, name: round.name, closesAt: round.closesAt, nominations });
    }
  }

  const admin = caller.role === 'admin' || caller.role === 'operator';
  const theirs = admin ? null : people.filter((p) => self && p.managerId === self).map((p) => p.personId);
  let waiting: WaitingNomination[] = [];
  if (drafts.length && (admin || theirs?.length)) {
    let query = tx.selectFrom('peer_nominations').select(['id', 'round_id', 'subject_id', 'peer_id', 'created_at'])
      .where('status', '=', 'pending').where('round_id', 'in', drafts.map((r) => r.id));
    if (theirs) query = query.where('subject_id', 'in', theirs);
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    waiting = rows.filter((r) => decidesFor(caller, context, r.subject_id)).map((r) => ({
      id: r.id, round: { id: r.round_id, name: roundName.get(r.round_id) ?? '' }, subject: named(r.subject_id), peer: named(r.peer_id), createdAt: r.created_at,
    }));
  }
  return { max: MAX_NOMINATIONS, decides: admin || Boolean(theirs?.length), rounds, waiting };
}

/** How many leaders a name search returns. */
const CANDIDATES = 20;

/**
 * Leaders the caller could nominate in a draft round that asks about them, by a part of their
 * name: only leaders the peers file's rules allow, so the console offers nothing launch would refuse.
 */
export async function nominationCandidates(tx: TenantTx, caller: NominationCaller, input: { roundId: string; query: string }): Promise<NamedPeer[]> {
  const self = nominatingLeader(caller);
  const round = await roundTakingNominations(tx, input.roundId);
  const people = await currentPeople(tx);
  if (!subjectsInScope(people, round.scope, round.exemptLeaderIds).includes(self)) return [];
  const context = peerRuleContext(people);
  const needle = input.query.trim().toLocaleLowerCase('da');
  return people
    .filter((p) => p.name.toLocaleLowerCase('da').includes(needle) && !peerPairBreaches(context, { subjectId: self, peerId: p.personId }).length)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .slice(0, CANDIDATES)
    .map((p) => ({ personId: p.personId, name: p.name }));
}
