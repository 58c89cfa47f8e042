import type { TenantTx } from '@spejl/db';
import { peerPairBreaches, peerRuleContext, type PeerPair } from '../peers/peer-rules.ts';
import { currentPeople } from '../rounds/scope-preview.ts';

/** How many peers a demo leader has at most: enough for the peers' threshold (3) where a leader has that many colleagues. */
const PEERS_EACH = 4;

/**
 * The demo's standing list of peers (sideordnede ledere): each leader's fellow leaders under the
 * same superior, as the rules allow. A leader with fewer than three such colleagues has a peer
 * group too small to show, as happens in a real organisation.
 */
export async function standDemoPeers(tx: TenantTx, tenantId: string): Promise<PeerPair[]> {
  const people = await currentPeople(tx);
  const context = peerRuleContext(people);
  const leaders = people.filter((p) => context.leaders.has(p.personId));
  const pairs: PeerPair[] = [];
  for (const subject of leaders) {
    const colleagues = leaders.filter((p) => p.managerId === subject.managerId && p.personId !== subject.personId);
    for (const peer of colleagues.slice(0, PEERS_EACH)) {
      const pair = { subjectId: subject.personId, peerId: peer.personId };
      if (!peerPairBreaches(context, pair).length) pairs.push(pair);
    }
  }
  for (let i = 0; i < pairs.length; i += 1000) {
    await tx.insertInto('standing_peers').values(pairs.slice(i, i + 1000).map((p) => ({ tenant_id: tenantId, subject_id: p.subjectId, peer_id: p.peerId }))).execute();
  }
  return pairs;
}
