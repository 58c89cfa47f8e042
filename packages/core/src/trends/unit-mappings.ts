import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import { MAX_EARLIER_ROUNDS } from './earlier-round.ts';
import { loadUnitMappings } from './trend-source.ts';
import { unitPredecessor, type Predecessor, type SnapshotUnit, type UnitMapping } from './unit-predecessor.ts';

/** A unit of a round's frozen snapshot as the mapping page lists it. */
export interface UnitRow extends SnapshotUnit {
  readonly leaderName: string;
  readonly unitName: string | null;
  readonly depth: number;
}

/** An earlier round on the mapping page: its units and, per unit of this round, what it is matched with. */
export interface EarlierUnits {
  readonly id: string;
  readonly name: string;
  readonly closedAt: Date | null;
  readonly units: readonly UnitRow[];
  /** Keyed by this round's leader id. */
  readonly matches: Readonly<Record<string, Predecessor>>;
}

/** What the mapping page shows for one round. */
export interface UnitMappingOverview {
  readonly round: { readonly id: string; readonly name: string };
  readonly units: readonly UnitRow[];
  /** The earlier closed rounds its trends reach back to, newest first. */
  readonly earlier: readonly EarlierUnits[];
  readonly mappings: readonly UnitMapping[];
}

interface RoundRow { id: string; name: string; status: string; closed_at: Date | null }

async function roundRow(tx: TenantTx, roundId: string, lock = false): Promise<RoundRow> {
  const query = tx.selectFrom('rounds').select(['id', 'name', 'status', 'closed_at']).where('tenant_id', '=', currentTenant(tx)).where('id', '=', roundId);
  const round = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!round) throw codedError('NOT_FOUND', 'round.notFound', {});
  if (round.status === 'draft') throw codedError('CONFLICT', 'unitMappings.roundNotLaunched', { round: round.name });
  return round;
}

/** The leaders of a round's snapshot with their units, in the hierarchy's order. */
async function unitRows(tx: TenantTx, roundId: string): Promise<UnitRow[]> {
  const { rows } = await sql<{ person_id: string; unit_code: string | null; name: string; unit_name: string | null; depth: number }>`
    select person_id, unit_code, name, unit_name, depth from round_people
    where tenant_id = ${currentTenant(tx)} and round_id = ${roundId} and direct_reports > 0 order by ord`.execute(tx);
  return rows.map((r) => ({ leaderId: r.person_id, unitCode: r.unit_code, leaderName: r.name, unitName: r.unit_name, depth: r.depth }));
}

/** The closed rounds before `round` that trends reach back to (the same ones results-stamp.ts names), newest first. */
async function earlierRounds(tx: TenantTx, round: RoundRow): Promise<RoundRow[]> {
  let query = tx.selectFrom('rounds').select(['id', 'name', 'status', 'closed_at'])
    .where('tenant_id', '=', currentTenant(tx)).where('id', '<>', round.id).where('status', 'in', ['closed', 'archived'])
    .where('parent_round_id', 'is', null);
  // A round still open compares, once closed, with the rounds closed before it: all closed so far.
  if (round.closed_at) query = query.where('closed_at', '<', round.closed_at);
  return query.orderBy('closed_at', 'desc').limit(MAX_EARLIER_ROUNDS).execute();
}

/** A launched round's units, the earlier rounds' units, the admin's mappings and what each unit is matched with. */
export async function unitMappingOverview(tx: TenantTx, roundId: string): Promise<UnitMappingOverview> {
  const round = await roundRow(tx, roundId);
  const units = await unitRows(tx, roundId);
  const mappings = await loadUnitMappings(tx, roundId);
  const earlier: EarlierUnits[] = [];
  for (const e of await earlierRounds(tx, round)) {
    const before = await unitRows(tx, e.id);
    const own = mappings.filter((m) => m.earlierRoundId === e.id);
    const matches = Object.fromEntries(units.map((u) => [u.leaderId, unitPredecessor(u, units, before, own, true)]));
    earlier.push({ id: e.id, name: e.name, closedAt: e.closed_at, units: before, matches });
  }
  return { round: { id: round.id, name: round.name }, units, earlier, mappings };
}

/** Enough for any organisation's units; a request beyond it is refused rather than half saved. */
export const MAX_MAPPINGS = 5000;

/**
 * Replaces the admin's mappings from one earlier round's units into this round's: a pair is one
 * earlier unit (its leader then) becoming one unit now (its leader now). A rename is one pair, a
 * split one earlier unit to several, a merge several to one; splits and merges show no trend.
 * Both ends must be units of the two rounds' frozen snapshots; audited.
 */
export async function setUnitMappings(
  tx: TenantTx, tenantId: string, input: { roundId: string; earlierRoundId: string; pairs: readonly { earlierLeaderId: string; leaderId: string }[] }, actor: { userId: string | null },
): Promise<{ saved: number }> {
  if (input.pairs.length > MAX_MAPPINGS) throw codedError('BAD_INPUT', 'unitMappings.tooMany', { limit: MAX_MAPPINGS });
  // Locked: two saves at once replace the mappings one after the other instead of colliding on their keys.
  const round = await roundRow(tx, input.roundId, true);
  const earlier = (await earlierRounds(tx, round)).find((r) => r.id === input.earlierRoundId);
  if (!earlier) {
    const other = await tx.selectFrom('rounds').select('name').where('tenant_id', '=', tenantId).where('id', '=', input.earlierRoundId).executeTakeFirst();
    if (!other) throw codedError('NOT_FOUND', 'round.notFound', {});
    throw codedError('BAD_INPUT', 'unitMappings.notEarlier', { earlier: other.name, round: round.name });
  }
  const nowLeaders = new Set((await unitRows(tx, round.id)).map((u) => u.leaderId));
  const thenLeaders = new Set((await unitRows(tx, earlier.id)).map((u) => u.leaderId));
  for (const pair of input.pairs) {
    if (!thenLeaders.has(pair.earlierLeaderId)) throw codedError('BAD_INPUT', 'unitMappings.notAUnit', { leaderId: pair.earlierLeaderId, round: earlier.name });
    if (!nowLeaders.has(pair.leaderId)) throw codedError('BAD_INPUT', 'unitMappings.notAUnit', { leaderId: pair.leaderId, round: round.name });
  }
  const unique = [...new Map(input.pairs.map((p) => [`${p.earlierLeaderId}\u001f${p.leaderId}`, p])).values()];
  await tx.deleteFrom('unit_mappings').where('tenant_id', '=', tenantId).where('round_id', '=', round.id).where('earlier_round_id', '=', earlier.id).execute();
  if (unique.length) {
    await tx.insertInto('unit_mappings').values(unique.map((p) => ({
      tenant_id: tenantId, round_id: round.id, earlier_round_id: earlier.id, earlier_leader_id: p.earlierLeaderId, leader_id: p.leaderId, created_by: actor.userId,
    }))).execute();
  }
  await recordAudit(tx, { tenantId, actorUserId: actor.userId, action: 'unitMappings.set', target: round.id, details: { earlierRoundId: earlier.id, pairs: unique.length } });
  return { saved: unique.length };
}
