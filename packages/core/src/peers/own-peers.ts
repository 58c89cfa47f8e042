import type { TenantTx } from '@spejl/db';
import type { SnapshotPerson } from '../rounds/form-derivation.ts';
import { choosePeers } from './launch-peers.ts';

/** A person as the nomination pages name them: id, today's name and unit, so two leaders of one name can be told apart. */
export interface NominationPerson {
  personId: string;
  name: string;
  unitName: string | null;
}

/** Where a peer on a leader's list in a round comes from: the tenant's standing list, the round's own list, or an approved nomination. */
export type PeerSource = 'standing' | 'round' | 'nomination';

/** One of a leader's peers in a draft round, as launch would take it today. */
export interface ListedPeer {
  peer: NominationPerson;
  source: PeerSource;
}

/** Names people by id with today's name and unit (the id alone for someone no longer in the hierarchy). */
export async function nominationPeople(tx: TenantTx, people: readonly SnapshotPerson[]): Promise<(personId: string) => NominationPerson> {
  const units = new Map((await tx.selectFrom('people').select(['person_id', 'unit_name']).execute()).map((p) => [p.person_id, p.unit_name]));
  const names = new Map(people.map((p) => [p.personId, p.name]));
  return (personId) => ({ personId, name: names.get(personId) ?? personId, unitName: units.get(personId) ?? null });
}

/**
 * One subject's peers in each given draft round (all of which ask peers and include the subject), as
 * launch would choose them (choosePeers): the round's own list where it names the subject, else the
 * standing list. Only the subject's own pairs are read, so a leader never learns another leader's peers.
 * A peer an approved nomination brought is marked so; one in the standing list (copied in by the first
 * approval, or a file that names them again) as the organisation's.
 */
export async function ownRoundPeers(tx: TenantTx, subjectId: string, roundIds: readonly string[], people: readonly SnapshotPerson[]): Promise<Map<string, { peerId: string; source: PeerSource }[]>> {
  const byRound = new Map<string, { peerId: string; source: PeerSource }[]>();
  if (!roundIds.length) return byRound;
  const own = await tx.selectFrom('round_peers').select(['round_id', 'peer_id'])
    .where('subject_id', '=', subjectId).where('round_id', 'in', roundIds).orderBy('peer_id').execute();
  const standing = (await tx.selectFrom('standing_peers').select('peer_id').where('subject_id', '=', subjectId).orderBy('peer_id').execute()).map((p) => p.peer_id);
  const approved = await tx.selectFrom('peer_nominations').select(['round_id', 'peer_id'])
    .where('subject_id', '=', subjectId).where('status', '=', 'approved').where('round_id', 'in', roundIds).execute();
  const inStanding = new Set(standing);
  for (const roundId of roundIds) {
    const ownPairs = own.filter((p) => p.round_id === roundId).map((p) => ({ subjectId, peerId: p.peer_id }));
    const { pairs } = choosePeers(ownPairs, standing.map((peerId) => ({ subjectId, peerId })), people, [subjectId]);
    const nominated = new Set(approved.filter((n) => n.round_id === roundId).map((n) => n.peer_id));
    const source = (peerId: string): PeerSource => {
      if (nominated.has(peerId)) return 'nomination';
      return !ownPairs.length || inStanding.has(peerId) ? 'standing' : 'round';
    };
    byRound.set(roundId, pairs.map((p) => ({ peerId: p.peerId, source: source(p.peerId) })));
  }
  return byRound;
}
