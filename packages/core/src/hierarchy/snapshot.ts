import { currentTenant, onCitus, sql, tenantOf, type TenantTx } from '@spejl/db';
import { insertValues } from './values-insert.ts';
import { z } from 'zod';
import { SpejlError } from '../errors/spejl-error.ts';
import { buildForest, closurePairs, type Forest } from './forest.ts';
import { loadPeople } from './people-store.ts';
import { byDanishName } from './people-tree.ts';
import type { StoredPerson } from './person.ts';
import { lockPeople } from './tenant-lock.ts';

/** What a round's frozen hierarchy holds. */
export interface SnapshotSummary {
  roundId: string;
  frozenAt: Date;
  people: number;
  leaders: number;
  tops: number;
  maxDepth: number;
}

/** A person as the round sees them forever, with their place in the frozen tree. */
export interface SnapshotPersonRow {
  personId: string;
  name: string;
  email: string | null;
  managerId: string | null;
  faggruppe: string | null;
  unitName: string | null;
  /** The unit code as it was at launch. */
  unitCode: string | null;
  /** The people file's language as it was at launch. */
  language: string | null;
  exempt: boolean;
  /** Pre-order position; the person's chain is ord..subtreeEnd. */
  ord: number;
  parentOrd: number | null;
  subtreeEnd: number;
  depth: number;
  directReports: number;
}

const PEOPLE_BATCH = 5000;
const CLOSURE_BATCH = 50000;
const roundIdSchema = z.uuid();

function requireRoundId(roundId: string): string {
  const parsed = roundIdSchema.safeParse(roundId);
  if (!parsed.success) throw new SpejlError('BAD_INPUT', `round id must be a uuid, got ${JSON.stringify(roundId)}`);
  return parsed.data;
}

async function insertSnapshotPeople(tx: TenantTx, roundId: string, forest: Forest, byId: Map<string, StoredPerson>): Promise<void> {
  if (onCitus(tx)) return insertValues(tx, 'round_people', forest.ids.map((id, i) => {
    const p = byId.get(id)!;
    return {
      tenant_id: tenantOf(tx), round_id: roundId, person_id: id, ord: i, parent_ord: forest.parent[i] === -1 ? null : forest.parent[i]!,
      subtree_end: forest.subtreeEnd[i]!, depth: forest.depth[i]!, direct_reports: forest.directReports[i]!,
      name: p.name, email: p.email, manager_id: p.managerId, faggruppe: p.faggruppe, unit_name: p.unitName, unit_code: p.unitCode ?? null, language: p.language ?? null, exempt: p.exempt,
    };
  }));
  for (let start = 0; start < forest.ids.length; start += PEOPLE_BATCH) {
    const ords = Array.from({ length: Math.min(PEOPLE_BATCH, forest.ids.length - start) }, (_, k) => start + k);
    const person = (i: number) => byId.get(forest.ids[i]!)!;
    await sql`insert into round_people (tenant_id, round_id, person_id, ord, parent_ord, subtree_end, depth, direct_reports,
        name, email, manager_id, faggruppe, unit_name, unit_code, language, exempt)
      select ${currentTenant(tx)}, ${roundId}::uuid, u.* from unnest(
        ${ords.map((i) => forest.ids[i]!)}::text[], ${ords}::int[], ${ords.map((i) => (forest.parent[i] === -1 ? null : forest.parent[i]!))}::int[],
        ${ords.map((i) => forest.subtreeEnd[i]!)}::int[], ${ords.map((i) => forest.depth[i]!)}::int[], ${ords.map((i) => forest.directReports[i]!)}::int[],
        ${ords.map((i) => person(i).name)}::text[], ${ords.map((i) => person(i).email)}::text[], ${ords.map((i) => person(i).managerId)}::text[],
        ${ords.map((i) => person(i).faggruppe)}::text[], ${ords.map((i) => person(i).unitName)}::text[], ${ords.map((i) => person(i).unitCode ?? null)}::text[], ${ords.map((i) => person(i).language ?? null)}::text[], ${ords.map((i) => person(i).exempt)}::boolean[]) as u`.execute(tx);
  }
}

async function insertClosure(tx: TenantTx, roundId: string, forest: Forest): Promise<void> {
  const pairs = closurePairs(forest);
  if (onCitus(tx)) {
    return insertValues(tx, 'round_closure', Array.from(pairs.ancestor, (ancestor, k) => ({
      tenant_id: tenantOf(tx), round_id: roundId, ancestor_ord: ancestor, descendant_ord: pairs.descendant[k]!, distance: pairs.distance[k]!,
    })));
  }
  for (let start = 0; start < pairs.ancestor.length; start += CLOSURE_BATCH) {
    const end = Math.min(start + CLOSURE_BATCH, pairs.ancestor.length);
    await sql`insert into round_closure (tenant_id, round_id, ancestor_ord, descendant_ord, distance)
      select ${currentTenant(tx)}, ${roundId}::uuid, u.* from unnest(${Array.from(pairs.ancestor.subarray(start, end))}::int[],
        ${Array.from(pairs.descendant.subarray(start, end))}::int[], ${Array.from(pairs.distance.subarray(start, end))}::int[]) as u`.execute(tx);
  }
}

/**
 * Freezes the tenant's current hierarchy as the round's own copy: every person with
 * manager, depth and pre-order range, and the closure table of (ancestor, descendant)
 * pairs. Called by round launch; a round is frozen once and never changes afterwards
 * (the application role may not update or delete snapshot rows).
 */
export async function freezeSnapshot(tx: TenantTx, roundId: string): Promise<SnapshotSummary> {
  const id = requireRoundId(roundId);
  await lockPeople(tx);
  if (await snapshotSummary(tx, id)) throw new SpejlError('CONFLICT', `round ${id} already has a frozen hierarchy; a snapshot never changes once taken`);
  const people = (await loadPeople(tx)).sort(byDanishName);
  const forest = buildForest(people);
  let leaders = 0;
  let tops = 0;
  let maxDepth = 0;
  for (let i = 0; i < forest.ids.length; i++) {
    if (forest.directReports[i]! > 0) leaders++;
    if (forest.parent[i] === -1) tops++;
    if (forest.depth[i]! > maxDepth) maxDepth = forest.depth[i]!;
  }
  await tx.insertInto('round_snapshots').values({ tenant_id: sql<string>`${currentTenant(tx)}`, round_id: id, people: people.length, leaders, tops, max_depth: maxDepth }).execute();
  await insertSnapshotPeople(tx, id, forest, new Map(people.map((p) => [p.personId, p])));
  await insertClosure(tx, id, forest);
  return (await snapshotSummary(tx, id))!;
}

/** The snapshot's counts, or null when the round has not been frozen. */
export async function snapshotSummary(tx: TenantTx, roundId: string): Promise<SnapshotSummary | null> {
  const row = await tx.selectFrom('round_snapshots').selectAll().where('round_id', '=', requireRoundId(roundId)).executeTakeFirst();
  return row ? { roundId: row.round_id, frozenAt: row.frozen_at, people: row.people, leaders: row.leaders, tops: row.tops, maxDepth: row.max_depth } : null;
}

/** Every person of a frozen round in pre-order (managers before their reports). */
export async function snapshotPeople(tx: TenantTx, roundId: string): Promise<SnapshotPersonRow[]> {
  const rows = await tx.selectFrom('round_people').selectAll().where('round_id', '=', requireRoundId(roundId)).orderBy('ord').execute();
  return rows.map((r) => ({
    personId: r.person_id, name: r.name, email: r.email, managerId: r.manager_id, faggruppe: r.faggruppe, unitName: r.unit_name, unitCode: r.unit_code, language: r.language,
    exempt: r.exempt, ord: r.ord, parentOrd: r.parent_ord, subtreeEnd: r.subtree_end, depth: r.depth, directReports: r.direct_reports,
  }));
}

/** A frozen round's tree as typed arrays indexed by ord, for roll-ups that sum up the tree in one backwards pass. */
export async function snapshotForest(tx: TenantTx, roundId: string): Promise<Forest> {
  const rows = await snapshotPeople(tx, roundId);
  const n = rows.length;
  const forest: Forest = { ids: rows.map((r) => r.personId), parent: new Int32Array(n), depth: new Int32Array(n), subtreeEnd: new Int32Array(n), directReports: new Int32Array(n) };
  rows.forEach((r, i) => {
    forest.parent[i] = r.parentOrd ?? -1;
    forest.depth[i] = r.depth;
    forest.subtreeEnd[i] = r.subtreeEnd;
    forest.directReports[i] = r.directReports;
  });
  return forest;
}

/** The people in a leader's frozen chain (the leader at distance 0), from the closure table. */
export async function snapshotChain(tx: TenantTx, roundId: string, leaderId: string): Promise<{ personId: string; distance: number }[]> {
  const rows = await tx
    .selectFrom('round_closure as c')
    .innerJoin('round_people as l', (j) => j.onRef('l.round_id', '=', 'c.round_id').onRef('l.ord', '=', 'c.ancestor_ord'))
    .innerJoin('round_people as d', (j) => j.onRef('d.round_id', '=', 'c.round_id').onRef('d.ord', '=', 'c.descendant_ord'))
    .select(['d.person_id', 'c.distance'])
    .where('c.round_id', '=', requireRoundId(roundId))
    .where('l.person_id', '=', leaderId)
    .orderBy('c.distance')
    .orderBy('d.ord')
    .execute();
  return rows.map((r) => ({ personId: r.person_id, distance: r.distance }));
}

/** The snapshot functions round launch calls (see rounds/snapshot-source.ts). */
export const hierarchySnapshots = {
  freeze: freezeSnapshot,
  people: snapshotPeople,
};
