import type { SafetyNetSyncStatus, TenantTx } from '@spejl/db';
import type { CodedError } from '@spejl/error-catalogue';
import type { DiffSamples } from '../hierarchy/diff-samples.ts';
import type { DiffCounts } from '../hierarchy/people-diff.ts';

/** One sync as the console lists it; a held one carries the samples of its diff. */
export interface SyncRecord {
  id: string;
  status: SafetyNetSyncStatus;
  trigger: 'schedule' | 'manual';
  fetchedAt: Date;
  decidedAt: Date | null;
  counts: DiffCounts | null;
  /** How many people the pair held. */
  rows: number | null;
  leftShare: number | null;
  renumberedShare: number | null;
  samples: DiffSamples | null;
  error: CodedError | null;
}

/** The tenant's syncs, newest first. */
export async function listSyncs(tx: TenantTx, tenantId: string, limit = 30): Promise<SyncRecord[]> {
  const rows = await tx
    .selectFrom('safetynet_syncs')
    .select(['id', 'status', 'trigger', 'fetched_at', 'decided_at', 'counts', 'left_share', 'renumbered_share', 'samples', 'error'])
    .where('tenant_id', '=', tenantId)
    .orderBy('fetched_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const { rows: people, ...counts } = (r.counts ?? {}) as unknown as DiffCounts & { rows?: number };
    return {
    id: r.id, status: r.status, trigger: r.trigger, fetchedAt: r.fetched_at, decidedAt: r.decided_at,
    counts: r.counts ? counts : null, rows: people ?? null, leftShare: r.left_share, renumberedShare: r.renumbered_share,
    samples: r.samples as DiffSamples | null, error: r.error as CodedError | null,
    };
  });
}
