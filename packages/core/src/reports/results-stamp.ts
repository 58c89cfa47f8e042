import { randomUUID } from 'node:crypto';
import { prepared, sql, type RoundStatus, type TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { MAX_EARLIER_ROUNDS } from '../trends/earlier-round.ts';

/**
 * What a closed round's loaded results are made of, read in one small query per request: if the
 * stamp is the same, so are the results (results-cache.ts serves them from memory). It holds
 * - the round's closed_at, results_version (a new random value on every import into it) and
 *   comments_released_at (reports show comments only from then),
 * - the same for the earlier closed main rounds (at most four; never a pulse) that trends reach back to, and a digest of
 *   the admin's unit mappings into this round,
 * - the tenant's name, sector and threshold, a digest of its framing and its report settings'
 *   revision, which the view and the report configuration are built from.
 */
export interface ResultsStamp {
  readonly name: string;
  readonly closedAt: Date;
  /** The earlier closed rounds trends compare with, newest first. */
  readonly earlierRoundIds: readonly string[];
  readonly stamp: string;
}

interface StampRow {
  name: string;
  status: RoundStatus;
  closed_at: Date | null;
  results_version: string | null;
  comments_released_at: Date | null;
  tenant_name: string;
  sector: string;
  tenant_threshold: number;
  framing: string | null;
  settings_revision: number | null;
  /** id:closed_at:version of each earlier round, newest first, joined by commas */
  earlier: string | null;
  mappings: string | null;
}

/** Every predicate names the tenant, so on Citus the query prunes to the tenant's shard. Prepared: every report view reads it. */
async function stampRow(tx: TenantTx, tenantId: string, roundId: string): Promise<StampRow | undefined> {
  const { rows } = await prepared(sql<StampRow>`
    select r.name, r.status, r.closed_at, r.results_version, r.comments_released_at,
           t.name as tenant_name, t.sector, t.threshold as tenant_threshold,
           (select md5(concat_ws(chr(31), f.default_example::text, f.faggruppe_examples::text)) from tenant_framing f where f.tenant_id = ${tenantId}) as framing,
           (select s.revision from report_settings s where s.tenant_id = ${tenantId}) as settings_revision,
           p.earlier,
           (select md5(string_agg(concat_ws(':', m.earlier_round_id, m.earlier_leader_id, m.leader_id), ',' order by m.earlier_round_id, m.earlier_leader_id, m.leader_id))
            from unit_mappings m where m.tenant_id = ${tenantId} and m.round_id = ${roundId}) as mappings
    from rounds r
    join tenants t on t.id = r.tenant_id
    left join lateral (
      select string_agg(concat_ws(':', q.id, extract(epoch from q.closed_at), q.results_version), ',' order by q.closed_at desc) as earlier
      from (select q.id, q.closed_at, q.results_version from rounds q
            where q.tenant_id = ${tenantId} and q.id <> r.id and q.status in ('closed', 'archived') and q.closed_at < r.closed_at
              and q.parent_round_id is null
            order by q.closed_at desc limit ${MAX_EARLIER_ROUNDS}) q
    ) p on true
    where r.tenant_id = ${tenantId} and r.id = ${roundId}`).execute(tx);
  return rows[0];
}

const part = (value: Date | string | number | null): string => (value instanceof Date ? value.toISOString() : value === null ? '-' : String(value));

/**
 * The stamp of a round that has results to report; refuses a round that is not there (in this
 * tenant) or not closed: results of a running round would change under the reader's eyes.
 */
export async function resultsStamp(tx: TenantTx, tenantId: string, roundId: string): Promise<ResultsStamp> {
  const row = await stampRow(tx, tenantId, roundId);
  if (!row) throw codedError('NOT_FOUND', 'round.notFound', {});
  if ((row.status !== 'closed' && row.status !== 'archived') || !row.closed_at) {
    throw codedError('CONFLICT', 'report.roundNotClosed', { round: row.name, status: row.status });
  }
  const parts = [
    row.closed_at, row.results_version, row.comments_released_at, row.tenant_name, row.sector, row.tenant_threshold, row.framing, row.settings_revision,
    row.earlier, row.mappings,
  ];
  const earlierRoundIds = row.earlier ? row.earlier.split(',').map((entry) => entry.split(':')[0]!) : [];
  return { name: row.name, closedAt: row.closed_at, earlierRoundIds, stamp: parts.map(part).join('\u001f') };
}

/**
 * Gives a round a new results version: call it in the transaction that changes a closed round's
 * results, so every server's next read of the stamp sees the change at commit. Today only an import
 * of forms does (responses-import.ts); anything added later that rewrites a closed round's rows
 * (its forms, frozen hierarchy or assignments) must call it too, or servers keep serving the old.
 */
export async function markResultsChanged(tx: TenantTx, tenantId: string, roundId: string): Promise<void> {
  await tx.updateTable('rounds').set({ results_version: randomUUID() }).where('tenant_id', '=', tenantId).where('id', '=', roundId).execute();
}
