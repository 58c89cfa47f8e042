import type { TenantTx } from '@spejl/db';
import type { SnapshotPerson } from './form-derivation.ts';

/**
 * The hierarchy snapshot a round is launched on. Launch freezes it (the hierarchy module owns
 * the snapshot tables) and derives every form from the frozen people, never from the live ones.
 */
export interface HierarchySnapshots {
  freeze(tx: TenantTx, roundId: string): Promise<unknown>;
  people(tx: TenantTx, roundId: string): Promise<SnapshotPerson[]>;
}
