import type { FormRole, RoundScope, TenantTx } from '@spejl/db';
import { roundPeerChoice } from '../peers/launch-peers.ts';
import type { PeerPair } from '../peers/peer-rules.ts';
import { deriveForms, depths, directReports, subjectsInScope, type SnapshotPerson } from './form-derivation.ts';
import { getRound } from './lifecycle.ts';

/** What a round with this scope would ask today: for the scope picker and the launch dialog. */
export interface ScopePreview {
  /** Leaders evaluated. */
  leaders: number;
  /** Persons who get a link (each answers one or more forms). */
  respondents: number;
  /** Respondents without an e-mail address: they get no invitation, only a link an admin passes on. */
  withoutEmail: number;
  forms: Record<FormRole, number>;
  /** Every level of the hierarchy that has leaders (1 = top), with how many, whatever the scope. */
  levels: { level: number; leaders: number }[];
  /** The chosen chains' top leaders and the exempt leaders, by name, so people can check who they are. */
  chainTops: NamedPerson[];
  exempt: NamedPerson[];
}

/** A person as the console names them. */
export interface NamedPerson {
  personId: string;
  name: string;
}

/**
 * The same derivation launch runs (deriveForms), on the people given. Before launch that is the
 * live hierarchy, so the figures can still change until launch freezes it.
 */
export function previewScope(people: readonly SnapshotPerson[], scope: RoundScope, exemptIds: readonly string[] = [], peers: readonly PeerPair[] = []): ScopePreview {
  const { subjects, assignments } = deriveForms(people, scope, exemptIds, peers);
  const forms: Record<FormRole, number> = { employee: 0, self: 0, superior: 0, peer: 0 };
  for (const a of assignments) forms[a.role]++;
  const respondents = new Set(assignments.map((a) => a.personId));
  const emails = new Map(people.map((p) => [p.personId, p.email]));
  const reports = directReports(people);
  const depth = depths(people);
  const perLevel = new Map<number, number>();
  for (const id of reports.keys()) {
    const level = depth.get(id) ?? 1;
    perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
  }
  const named = (ids: readonly string[]) => ids.map((personId) => ({ personId, name: people.find((p) => p.personId === personId)?.name ?? personId }));
  return {
    chainTops: named(scope.kind === 'chains' ? scope.leaderIds : []),
    exempt: named(exemptIds),
    leaders: subjects.length,
    respondents: respondents.size,
    withoutEmail: [...respondents].filter((id) => !emails.get(id)).length,
    forms,
    levels: [...perLevel].sort((a, b) => a[0] - b[0]).map(([level, leaders]) => ({ level, leaders })),
  };
}

/** The tenant's hierarchy as it is today, in the shape launch derives forms from (by person id, so examples drawn from it stay put). */
export async function currentPeople(tx: TenantTx): Promise<SnapshotPerson[]> {
  const rows = await tx.selectFrom('people').select(['person_id', 'name', 'email', 'manager_id', 'faggruppe', 'exempt']).orderBy('person_id').execute();
  return rows.map((r) => ({ personId: r.person_id, name: r.name, email: r.email, managerId: r.manager_id, faggruppe: r.faggruppe, exempt: r.exempt }));
}

/**
 * {@link previewScope} over the tenant's current hierarchy; for a draft round, with the peers
 * launch would give it (its own list, else the standing one where it asks peers; pairs that launch
 * would refuse are left out here: launch names them).
 */
export async function previewRoundScope(tx: TenantTx, scope: RoundScope, exemptIds: readonly string[] = [], roundId: string | null = null): Promise<ScopePreview> {
  const people = await currentPeople(tx);
  if (!roundId) return previewScope(people, scope, exemptIds);
  const round = await getRound(tx, roundId);
  const { pairs } = await roundPeerChoice(tx, roundId, round.themes, people, subjectsInScope(people, scope, exemptIds));
  return previewScope(people, scope, exemptIds, pairs);
}
