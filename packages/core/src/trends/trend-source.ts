import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { SpejlError } from '../errors/spejl-error.ts';
import { loadRoundRollup } from '../rollup/round-rollup.ts';
import type { EarlierRound, TrendSource } from './earlier-round.ts';
import type { SnapshotUnit, UnitMapping } from './unit-predecessor.ts';

/** The units (leaders with their unit codes) of a round's frozen snapshot. */
export async function loadSnapshotUnits(tx: TenantTx, roundId: string): Promise<SnapshotUnit[]> {
  const { rows } = await sql<{ person_id: string; unit_code: string | null }>`
    select person_id, unit_code from round_people
    where tenant_id = ${currentTenant(tx)} and round_id = ${roundId} and direct_reports > 0`.execute(tx);
  return rows.map((r) => ({ leaderId: r.person_id, unitCode: r.unit_code }));
}

/** The admin's mappings into a round's units, from every earlier round. */
export async function loadUnitMappings(tx: TenantTx, roundId: string): Promise<UnitMapping[]> {
  const rows = await tx.selectFrom('unit_mappings').select(['earlier_round_id', 'earlier_leader_id', 'leader_id'])
    .where('tenant_id', '=', currentTenant(tx)).where('round_id', '=', roundId).execute();
  return rows.map((r) => ({ earlierRoundId: r.earlier_round_id, earlierLeaderId: r.earlier_leader_id, leaderId: r.leader_id }));
}

/**
 * Everything a round's trends draw on: each earlier round's filtered roll-up (oldest first), the
 * units of both ends and the mappings. `earlierRoundIds` come from the results stamp (newest first),
 * so what is loaded is exactly what the stamp names.
 */
export async function loadTrendSource(tx: TenantTx, roundId: string, earlierRoundIds: readonly string[]): Promise<TrendSource | null> {
  if (earlierRoundIds.length === 0) return null;
  const earlier: EarlierRound[] = [];
  for (const id of [...earlierRoundIds].reverse()) {
    // An earlier round that can no longer be rolled up (its frozen hierarchy gone) has no trend point; this round's report stands.
    const loaded = await loadRoundRollup(tx, id).catch((error: unknown) => {
      if (error instanceof SpejlError) return null;
      throw error;
    });
    if (!loaded) continue;
    earlier.push({ roundId: id, name: loaded.name, closedAt: loaded.closedAt?.toISOString() ?? null, rollup: loaded.rollup, units: await loadSnapshotUnits(tx, id) });
  }
  return { earlier, units: await loadSnapshotUnits(tx, roundId), mappings: await loadUnitMappings(tx, roundId) };
}
