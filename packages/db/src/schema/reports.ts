import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** One report plugin's configuration in a tenant: used or not, and its options (validated by the plugin's schema). */
export interface StoredReportConfig {
  enabled: boolean;
  options: Record<string, unknown>;
}

/** Report configurations keyed by report plugin id; a plugin without an entry uses its defaults, enabled. */
export type StoredReportConfigs = Record<string, StoredReportConfig>;

/** A tenant's report settings, and the copy each round pins when it closes. */
export interface ReportTables {
  report_settings: {
    tenant_id: string;
    reports: Json<StoredReportConfigs>;
    /** Whether a leader may read the reports of the leaders directly below them. */
    superior_reads_reports: Generated<boolean>;
    revision: number;
    updated_at: Generated<Date>;
    updated_by: string | null;
  };
  round_report_settings: {
    tenant_id: string;
    round_id: string;
    reports: Json<StoredReportConfigs>;
    pinned_at: Generated<Date>;
  };
}
