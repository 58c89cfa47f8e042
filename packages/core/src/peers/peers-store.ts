import type { TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import { collectUploadedTable } from '../hierarchy/uploaded-table.ts';
import { getRound } from '../rounds/lifecycle.ts';
import { currentPeople } from '../rounds/scope-preview.ts';
import { peerRuleContext, type PeerPair } from './peer-rules.ts';
import { validatePeersFile } from './peers-file.ts';

/** Whose list an import replaces: the tenant's standing list, or one draft round's own. */
export interface PeersTarget {
  roundId?: string | null;
}

/** What an import stored. */
export interface PeersImportSummary {
  pairs: number;
  subjects: number;
}

const CHUNK = 1000;

/** A draft round of the current tenant, locked so it cannot launch while its peers change; otherwise a refusal. */
async function draftRound(tx: TenantTx, roundId: string): Promise<void> {
  const round = await getRound(tx, roundId, true);
  if (round.status !== 'draft') throw codedError('CONFLICT', 'peers.roundNotDraft', { status: round.status });
}

/**
 * Imports a peers file (DESIGN.md) all or nothing: checked against today's hierarchy, it replaces
 * the round's own list (only before launch) or the tenant's standing list; a file with one bad
 * row changes nothing and lists every bad row.
 */
export async function importPeers(tx: TenantTx, tenantId: string, bytes: Uint8Array, target: PeersTarget, actor: { userId: string | null; fileName?: string }): Promise<PeersImportSummary> {
  const roundId = target.roundId ?? null;
  if (roundId) await draftRound(tx, roundId);
  const context = peerRuleContext(await currentPeople(tx));
  const { pairs, errors, problems } = validatePeersFile(await collectUploadedTable(bytes), context);
  const fileName = actor.fileName ?? 'the file';
  if (errors.length) throw codedError('BAD_INPUT', 'peers.fileHasProblems', { fileName, count: problems }, errors);
  await replacePeers(tx, tenantId, roundId, pairs);
  await recordAudit(tx, { tenantId, actorUserId: actor.userId, action: 'peers.import', target: roundId ?? 'standing', details: { pairs: pairs.length, fileName } });
  return { pairs: pairs.length, subjects: new Set(pairs.map((p) => p.subjectId)).size };
}

/**
 * Empties the standing list or a draft round's own list (the way to take peers out of a round whose
 * themes no longer ask them). Approved nominations stay as the record; their pairs go with the list.
 */
export async function clearPeers(tx: TenantTx, tenantId: string, target: PeersTarget, actor: { userId: string | null }): Promise<{ pairs: number }> {
  const roundId = target.roundId ?? null;
  if (roundId) await draftRound(tx, roundId);
  const removed = roundId
    ? await tx.deleteFrom('round_peers').where('round_id', '=', roundId).executeTakeFirst()
    : await tx.deleteFrom('standing_peers').executeTakeFirst();
  const pairs = Number(removed.numDeletedRows);
  await recordAudit(tx, { tenantId, actorUserId: actor.userId, action: 'peers.clear', target: roundId ?? 'standing', details: { pairs } });
  return { pairs };
}

async function replacePeers(tx: TenantTx, tenantId: string, roundId: string | null, pairs: readonly PeerPair[]): Promise<void> {
  if (roundId) await tx.deleteFrom('round_peers').where('round_id', '=', roundId).execute();
  else await tx.deleteFrom('standing_peers').execute();
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const rows = pairs.slice(i, i + CHUNK).map((p) => ({ tenant_id: tenantId, subject_id: p.subjectId, peer_id: p.peerId }));
    if (roundId) await tx.insertInto('round_peers').values(rows.map((r) => ({ ...r, round_id: roundId }))).execute();
    else await tx.insertInto('standing_peers').values(rows).execute();
  }
}

/** A person as lists name them: id and today's name (the id alone for someone no longer in the hierarchy). */
export interface NamedPeer {
  personId: string;
  name: string;
}

/** One subject's peers as the console lists them. */
export interface PeerListEntry {
  subject: NamedPeer;
  peers: NamedPeer[];
}

/** The standing list, or a round's own list (NOT_FOUND for a round the tenant does not have), grouped by subject. */
export async function listPeers(tx: TenantTx, target: PeersTarget): Promise<PeerListEntry[]> {
  if (target.roundId) await getRound(tx, target.roundId);
  const rows = target.roundId
    ? await tx.selectFrom('round_peers').select(['subject_id', 'peer_id']).where('round_id', '=', target.roundId).orderBy('subject_id').orderBy('peer_id').execute()
    : await tx.selectFrom('standing_peers').select(['subject_id', 'peer_id']).orderBy('subject_id').orderBy('peer_id').execute();
  const ids = [...new Set(rows.flatMap((r) => [r.subject_id, r.peer_id]))];
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const found = await tx.selectFrom('people').select(['person_id', 'name']).where('person_id', 'in', ids.slice(i, i + CHUNK)).execute();
    for (const p of found) names.set(p.person_id, p.name);
  }
  const named = (personId: string): NamedPeer => ({ personId, name: names.get(personId) ?? personId });
  const bySubject = new Map<string, PeerListEntry>();
  for (const r of rows) {
    const entry = bySubject.get(r.subject_id) ?? bySubject.set(r.subject_id, { subject: named(r.subject_id), peers: [] }).get(r.subject_id)!;
    entry.peers.push(named(r.peer_id));
  }
  return [...bySubject.values()];
}
