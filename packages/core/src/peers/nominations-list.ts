import type { TenantTx } from '@spejl/db';
import { subjectsInScope } from '../rounds/form-derivation.ts';
import { toRound } from '../rounds/round.ts';
import { currentPeople } from '../rounds/scope-preview.ts';
import { asksPeers } from './launch-peers.ts';
import { decidesFor, MAX_NOMINATIONS, nominatingLeader, roundTakingNominations, type NominationCaller, type NominationStatus } from './nominations.ts';
import { peerPairBreaches, peerRuleContext } from './peer-rules.ts';
import { nominationPeople, ownRoundPeers, type ListedPeer, type NominationPerson } from './own-peers.ts';

/** One of the caller's own nominations. */
export interface OwnNomination {
  id: string;
  peer: NominationPerson;
  status: NominationStatus;
  createdAt: Date;
}

/** A draft round that asks about the caller, with what they nominated for it. */
export interface NominationRound {
  id: string;
  name: string;
  closesAt: Date;
  nominations: OwnNomination[];
  /** The caller's peers in the round as launch would take them today, with where each comes from. */
  peers: ListedPeer[];
}

/** A pending nomination the caller may decide. */
export interface WaitingNomination {
  id: string;
  round: { id: string; name: string };
  subject: NominationPerson;
  peer: NominationPerson;
  createdAt: Date;
}

/** A nomination the caller decided in a round still in draft: their short record of what they said. */
export interface DecidedNomination {
  id: string;
  round: { id: string; name: string };
  subject: NominationPerson;
  peer: NominationPerson;
  status: Exclude<NominationStatus, 'pending'>;
  decidedAt: Date;
}

/** How many of the caller's decisions the overview repeats. */
const DECIDED_SHOWN = 20;

/** What the console shows a caller: their rounds to nominate in, and the nominations waiting for their decision. */
export interface NominationOverview {
  max: number;
  /** Whether the caller decides anyone's nominations (an admin, or a leader with direct reports today). */
  decides: boolean;
  rounds: NominationRound[];
  waiting: WaitingNomination[];
  /** The caller's latest decisions in draft rounds (only about subjects they still decide for). */
  decided: DecidedNomination[];
}

/**
 * The caller's nominations and own peers by draft round (only rounds that ask peers about them, for
 * a leader bound to a person), the pending ones they decide: their direct employees' (today's
 * hierarchy), every one for an admin, and their own latest decisions. Nobody else's nominations or
 * peers are read.
 */
export async function listNominations(tx: TenantTx, caller: NominationCaller): Promise<NominationOverview> {
  const people = await currentPeople(tx);
  const named = await nominationPeople(tx, people);
  const context = peerRuleContext(people);
  const drafts = (await tx.selectFrom('rounds').selectAll().where('status', '=', 'draft').orderBy('created_at', 'desc').orderBy('id').execute()).map(toRound);
  const roundName = new Map(drafts.map((r) => [r.id, r.name]));

  const rounds: NominationRound[] = [];
  const self = caller.role === 'leader' ? caller.personId : null;
  if (self) {
    const own = await tx.selectFrom('peer_nominations').select(['id', 'round_id', 'peer_id', 'status', 'created_at'])
      .where('subject_id', '=', self).orderBy('created_at').orderBy('id').execute();
    const asked = drafts.filter((round) => asksPeers(round.themes) && subjectsInScope(people, round.scope, round.exemptLeaderIds).includes(self));
    const peers = await ownRoundPeers(tx, self, asked.map((r) => r.id), people);
    for (const round of asked) {
      const nominations = own.filter((n) => n.round_id === round.id)
        .map((n) => ({ id: n.id, peer: named(n.peer_id), status: n.status, createdAt: n.created_at }));
      const listed = (peers.get(round.id) ?? []).map((p) => ({ peer: named(p.peerId), source: p.source }));
      rounds.push({ id: round.id, name: round.name, closesAt: round.closesAt, nominations, peers: listed });
    }
  }

  const admin = caller.role === 'admin' || caller.role === 'operator';
  const theirs = admin ? null : people.filter((p) => self && p.managerId === self).map((p) => p.personId);
  let waiting: WaitingNomination[] = [];
  let decided: DecidedNomination[] = [];
  if (drafts.length && (admin || theirs?.length)) {
    let query = tx.selectFrom('peer_nominations').select(['id', 'round_id', 'subject_id', 'peer_id', 'created_at'])
      .where('status', '=', 'pending').where('round_id', 'in', drafts.map((r) => r.id));
    if (theirs) query = query.where('subject_id', 'in', theirs);
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    waiting = rows.filter((r) => decidesFor(caller, context, r.subject_id)).map((r) => ({
      id: r.id, round: { id: r.round_id, name: roundName.get(r.round_id) ?? '' }, subject: named(r.subject_id), peer: named(r.peer_id), createdAt: r.created_at,
    }));
    let mine = tx.selectFrom('peer_nominations').select(['id', 'round_id', 'subject_id', 'peer_id', 'status', 'decided_at'])
      .where('decided_by', '=', caller.userId).where('status', '!=', 'pending').where('round_id', 'in', drafts.map((r) => r.id));
    if (theirs) mine = mine.where('subject_id', 'in', theirs);
    const decisions = await mine.orderBy('decided_at', 'desc').orderBy('id').limit(DECIDED_SHOWN).execute();
    decided = decisions.filter((r) => decidesFor(caller, context, r.subject_id)).map((r) => ({
      id: r.id, round: { id: r.round_id, name: roundName.get(r.round_id) ?? '' }, subject: named(r.subject_id), peer: named(r.peer_id),
      status: r.status === 'approved' ? 'approved' : 'rejected', decidedAt: r.decided_at ?? new Date(0),
    }));
  }
  return { max: MAX_NOMINATIONS, decides: admin || Boolean(theirs?.length), rounds, waiting, decided };
}

/** How many leaders a name search returns. */
const CANDIDATES = 20;

/**
 * Leaders the caller could nominate in a draft round that asks about them, by a part of their
 * name: only leaders the peers file's rules allow, so the console offers nothing launch would refuse.
 */
export async function nominationCandidates(tx: TenantTx, caller: NominationCaller, input: { roundId: string; query: string }): Promise<NominationPerson[]> {
  const self = nominatingLeader(caller);
  const round = await roundTakingNominations(tx, input.roundId);
  const people = await currentPeople(tx);
  if (!subjectsInScope(people, round.scope, round.exemptLeaderIds).includes(self)) return [];
  const context = peerRuleContext(people);
  const needle = input.query.trim().toLocaleLowerCase('da');
  const named = await nominationPeople(tx, people);
  return people
    .filter((p) => p.name.toLocaleLowerCase('da').includes(needle) && !peerPairBreaches(context, { subjectId: self, peerId: p.personId }).length)
    .sort((a, b) => a.name.localeCompare(b.name, 'da') || a.personId.localeCompare(b.personId))
    .slice(0, CANDIDATES)
    .map((p) => named(p.personId));
}
