import type { PinnedTheme, TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import type { SnapshotPerson } from '../rounds/form-derivation.ts';
import { peerPairBreaches, peerRuleContext, type PeerPair } from './peer-rules.ts';

/** Whether any of a round's pinned themes words its statements for peers. */
export function asksPeers(themes: readonly PinnedTheme[]): boolean {
  return themes.some((t) => Array.isArray(t.roles) && (t.roles as unknown[]).includes('peer'));
}

/**
 * Each subject's peers for a launching round: the round's own list where it names the subject,
 * else the tenant's standing list (only in a round that asks peers: the standing list is for
 * those rounds, and must not stop a round that asks nobody about peers). Pairs about leaders outside the round and peers who have left
 * the hierarchy are dropped (nobody asks or is asked); a pair that breaks a rule in the frozen
 * snapshot (a peer who has since become the subject's employee or superior, or no longer leads
 * anyone) refuses the launch, so no such form is ever handed out.
 */
export function choosePeers(own: readonly PeerPair[], standing: readonly PeerPair[], people: readonly SnapshotPerson[], subjects: readonly string[], asks = true): { pairs: PeerPair[]; breaches: PeerPair[] } {
  const inRound = new Set(subjects);
  const present = new Set(people.map((p) => p.personId));
  const withOwn = new Set(own.map((p) => p.subjectId));
  const fallback = asks ? standing.filter((p) => !withOwn.has(p.subjectId)) : [];
  const candidates = [...own, ...fallback]
    .filter((p) => inRound.has(p.subjectId) && present.has(p.peerId));
  const context = peerRuleContext(people);
  const pairs: PeerPair[] = [];
  const breaches: PeerPair[] = [];
  for (const p of candidates) (peerPairBreaches(context, p).length ? breaches : pairs).push(p);
  return { pairs, breaches };
}

/** Reads a draft round's own list and the standing list and chooses its peers (choosePeers) on the given people. */
export async function roundPeerChoice(tx: TenantTx, roundId: string, themes: readonly PinnedTheme[], people: readonly SnapshotPerson[], subjects: readonly string[]): Promise<{ pairs: PeerPair[]; breaches: PeerPair[]; asks: boolean }> {
  const read = (rows: { subject_id: string; peer_id: string }[]) => rows.map((r) => ({ subjectId: r.subject_id, peerId: r.peer_id }));
  const own = read(await tx.selectFrom('round_peers').select(['subject_id', 'peer_id']).where('round_id', '=', roundId).execute());
  const standing = read(await tx.selectFrom('standing_peers').select(['subject_id', 'peer_id']).execute());
  const asks = asksPeers(themes);
  return { ...choosePeers(own, standing, people, subjects, asks), asks };
}

/** Chooses the round's peers on its frozen snapshot and writes them as the round's frozen list (still a draft here). */
export async function settleRoundPeers(tx: TenantTx, tenantId: string, roundId: string, themes: readonly PinnedTheme[], people: readonly SnapshotPerson[], subjects: readonly string[]): Promise<PeerPair[]> {
  const { pairs, breaches, asks } = await roundPeerChoice(tx, roundId, themes, people, subjects);
  if (breaches.length) {
    const context = peerRuleContext(people);
    throw codedError('BAD_INPUT', 'peers.invalidAtLaunch', { count: breaches.length }, breaches.flatMap((p) => peerPairBreaches(context, p)));
  }
  if (pairs.length && !asks) throw codedError('BAD_INPUT', 'peers.noPeerTheme', {});
  await tx.deleteFrom('round_peers').where('round_id', '=', roundId).execute();
  for (let i = 0; i < pairs.length; i += 1000) {
    await tx.insertInto('round_peers').values(pairs.slice(i, i + 1000).map((p) => ({ tenant_id: tenantId, round_id: roundId, subject_id: p.subjectId, peer_id: p.peerId }))).execute();
  }
  return pairs;
}
