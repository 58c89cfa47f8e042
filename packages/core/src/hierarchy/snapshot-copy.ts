import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { SpejlError } from '../errors/spejl-error.ts';
import { snapshotSummary } from './snapshot.ts';

/**
 * Gives a pulse the frozen hierarchy of its main round, row for row: the pulse asks the teams as
 * they were then (same people, same managers), not as the live hierarchy has them now, and its
 * roll-up sums up the same tree. Statements name the tenant, so Citus keeps each on one shard.
 */
export async function copySnapshot(tx: TenantTx, fromRoundId: string, toRoundId: string): Promise<void> {
  if (!(await snapshotSummary(tx, fromRoundId))) throw new SpejlError('CONFLICT', `round ${fromRoundId} has no frozen hierarchy to copy`);
  if (await snapshotSummary(tx, toRoundId)) throw new SpejlError('CONFLICT', `round ${toRoundId} already has a frozen hierarchy; a snapshot never changes once taken`);
  const tenant = currentTenant(tx);
  await sql`insert into round_snapshots (tenant_id, round_id, people, leaders, tops, max_depth)
    select tenant_id, ${toRoundId}::uuid, people, leaders, tops, max_depth from round_snapshots
    where tenant_id = ${tenant} and round_id = ${fromRoundId}::uuid`.execute(tx);
  await sql`insert into round_people (tenant_id, round_id, person_id, ord, parent_ord, subtree_end, depth, direct_reports, name, email, manager_id, faggruppe, unit_name, unit_code, exempt)
    select tenant_id, ${toRoundId}::uuid, person_id, ord, parent_ord, subtree_end, depth, direct_reports, name, email, manager_id, faggruppe, unit_name, unit_code, exempt
    from round_people where tenant_id = ${tenant} and round_id = ${fromRoundId}::uuid`.execute(tx);
  await sql`insert into round_closure (tenant_id, round_id, ancestor_ord, descendant_ord, distance)
    select tenant_id, ${toRoundId}::uuid, ancestor_ord, descendant_ord, distance from round_closure
    where tenant_id = ${tenant} and round_id = ${fromRoundId}::uuid`.execute(tx);
}
