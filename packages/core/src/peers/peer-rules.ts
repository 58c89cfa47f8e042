import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';

/** Who rates whom as a peer: both person ids of leaders (DESIGN.md, peers file). */
export interface PeerPair {
  subjectId: string;
  peerId: string;
}

/** As much of a person as the peer rules need. */
export interface PeerRulePerson {
  personId: string;
  name: string;
  managerId: string | null;
}

/** The people of one hierarchy, indexed for the rules. */
export interface PeerRuleContext {
  byId: ReadonlyMap<string, PeerRulePerson>;
  leaders: ReadonlySet<string>;
}

/** Indexes a hierarchy (the live one for an import, the round's snapshot at launch). */
export function peerRuleContext(people: readonly PeerRulePerson[]): PeerRuleContext {
  const byId = new Map(people.map((p) => [p.personId, p]));
  const leaders = new Set<string>();
  for (const p of people) if (p.managerId !== null && byId.has(p.managerId)) leaders.add(p.managerId);
  return { byId, leaders };
}

/** "Bo Jensen (200001)": how errors name a person in both languages. */
export function personLabel(context: PeerRuleContext, id: string): string {
  const person = context.byId.get(id);
  return person ? `${person.name} (${id})` : id;
}

function personBreach(context: PeerRuleContext, column: 'subject_id' | 'peer_id', id: string): InputIssue | null {
  if (!context.byId.has(id)) return codedIssue('peers.notAPerson', { id }, { column });
  if (!context.leaders.has(id)) return codedIssue('peers.notALeader', { person: personLabel(context, id) }, { column });
  return null;
}

/**
 * What is wrong with a pair under DESIGN.md's rules: both are leaders of the hierarchy, and a
 * peer is never the subject, the subject's superior or one of the subject's employees (whose
 * answers already stand in the subject's employee or superior group).
 */
export function peerPairBreaches(context: PeerRuleContext, pair: PeerPair): InputIssue[] {
  const breaches = [personBreach(context, 'subject_id', pair.subjectId), personBreach(context, 'peer_id', pair.peerId)].filter((b) => b !== null);
  if (breaches.length) return breaches;
  const names = { subject: personLabel(context, pair.subjectId), peer: personLabel(context, pair.peerId) };
  const column = { column: 'peer_id' };
  if (pair.peerId === pair.subjectId) return [codedIssue('peers.isSubject', { peer: names.peer }, column)];
  if (context.byId.get(pair.subjectId)?.managerId === pair.peerId) return [codedIssue('peers.isSuperior', names, column)];
  if (context.byId.get(pair.peerId)?.managerId === pair.subjectId) return [codedIssue('peers.isEmployee', names, column)];
  return [];
}
