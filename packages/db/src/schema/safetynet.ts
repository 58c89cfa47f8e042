import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** What a scheduled SafetyNet sync came to. */
export type SafetyNetSyncStatus = 'applied' | 'unchanged' | 'held' | 'approved' | 'discarded' | 'failed';

/** Where a tenant's SafetyNet pair is fetched from, and when; and each fetch. */
export interface SafetyNetTables {
  safetynet_settings: {
    tenant_id: string;
    host: string;
    port: number;
    username: string;
    /** Read only by the fetch; never returned to a client. */
    private_key: string;
    units_path: string;
    employees_path: string;
    /** `HH:MM` in the tenant's time zone. */
    run_at: string;
    enabled: Generated<boolean>;
    /** A date: read back as the driver gives it (a Date on pg), written as `yyyy-mm-dd`. */
    last_run_on: ColumnType<Date | string | null, string | null, string | null>;
    updated_at: Generated<Date>;
  };
  safetynet_syncs: {
    tenant_id: string;
    id: Generated<string>;
    status: SafetyNetSyncStatus;
    trigger: 'schedule' | 'manual';
    fetched_at: Generated<Date>;
    decided_at: Date | null;
    decided_by: string | null;
    counts: Json<Record<string, number>> | null;
    samples: Json<unknown> | null;
    left_share: number | null;
    renumbered_share: number | null;
    people_csv: string | null;
    token: string | null;
    error: Json<{ code: string; params: Record<string, string | number> }> | null;
    import_id: string | null;
  };
}
