import { sql, type Kysely } from 'kysely';
import { literal } from '../tenancy.ts';
import { COLOCATION_ANCHOR, hasCitus } from './distribute.ts';

/** Where a tenant's rows live on a Citus cluster: its shard (of every colocated table) and the node holding it. */
export interface TenantPlacement {
  shardId: number;
  node: string;
  /** Whether the shard holds this tenant alone. */
  alone: boolean;
}

async function placementOf(db: Kysely<unknown>, tenantId: string): Promise<TenantPlacement> {
  const { rows } = await sql<{ shard_id: string; node: string; alone: boolean }>`
    SELECT s.shardid AS shard_id, p.nodename || ':' || p.nodeport AS node, s.shardminvalue = s.shardmaxvalue AS alone
    FROM pg_dist_shard s JOIN pg_dist_placement pl ON pl.shardid = s.shardid JOIN pg_dist_node p ON p.groupid = pl.groupid
    WHERE s.shardid = get_shard_id_for_distribution_column(${COLOCATION_ANCHOR}, ${tenantId}::uuid)`.execute(db);
  const row = rows[0];
  if (!row) throw new Error(`no shard holds tenant ${tenantId}`);
  return { shardId: Number(row.shard_id), node: row.node, alone: row.alone };
}

/** The worker holding the least data besides the tenant's own shard: where an isolated tenant goes by default. */
async function emptiestWorker(db: Kysely<unknown>, shardId: number): Promise<string | null> {
  const { rows } = await sql<{ node: string }>`
    SELECT n.nodename || ':' || n.nodeport AS node
    FROM pg_dist_node n
    LEFT JOIN pg_dist_placement pl ON pl.groupid = n.groupid
    LEFT JOIN citus_shard_sizes() z ON z.shard_id = pl.shardid AND pl.shardid <> ${shardId}::bigint
    WHERE n.noderole = 'primary' AND n.shouldhaveshards AND n.isactive AND n.groupid <> 0
    GROUP BY n.nodename, n.nodeport
    ORDER BY coalesce(sum(z.size), 0), n.nodeport
    LIMIT 1`.execute(db);
  return rows[0]?.node ?? null;
}

function hostPort(node: string): [string, number] {
  const at = node.lastIndexOf(':');
  return [node.slice(0, at), Number(node.slice(at + 1))];
}

/**
 * Gives one tenant a shard of its own (in every colocated table at once), then moves that shard to
 * `to` (host:port), or by default, when it was not alone yet, to the worker holding the least data, so a very large tenant
 * stops sharing a machine's work with the others. Writes to the tenant's tables wait while its
 * rows are copied (block_writes: no logical replication needed); reads go on.
 */
export async function isolateTenant(db: Kysely<unknown>, tenantId: string, to?: string): Promise<{ before: TenantPlacement; after: TenantPlacement }> {
  if (!(await hasCitus(db))) throw new Error('not a Citus cluster');
  literal(tenantId, 'tenant id');
  const before = await placementOf(db, tenantId);
  if (!before.alone) {
    await sql`SELECT isolate_tenant_to_new_shard(${COLOCATION_ANCHOR}, ${tenantId}::uuid, 'CASCADE', shard_transfer_mode => 'block_writes')`.execute(db);
  }
  const isolated = await placementOf(db, tenantId);
  // A tenant already alone stays where it is unless told where to go: moving it blocks its writes.
  const target = to ?? (before.alone ? null : await emptiestWorker(db, isolated.shardId));
  if (target && target !== isolated.node) {
    const [fromHost, fromPort] = hostPort(isolated.node);
    const [toHost, toPort] = hostPort(target);
    await sql`SELECT citus_move_shard_placement(${isolated.shardId}::bigint, ${fromHost}, ${fromPort}::int, ${toHost}, ${toPort}::int, shard_transfer_mode => 'block_writes')`.execute(db);
  }
  return { before, after: await placementOf(db, tenantId) };
}

/** Where a tenant's rows live, or null when the database is not a Citus cluster. */
export async function tenantPlacement(db: Kysely<unknown>, tenantId: string): Promise<TenantPlacement | null> {
  return (await hasCitus(db)) ? placementOf(db, tenantId) : null;
}
