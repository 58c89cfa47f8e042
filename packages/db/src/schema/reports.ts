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

/** Where a report job is: waiting for a worker, being rendered, finished, or given up with a reason. */
export type ReportJobStatus = 'queued' | 'running' | 'done' | 'failed';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string | null>;

/** Bulk report jobs (migration 0009) and the PDFs they have rendered so far, one per leader. */
export interface ReportJobTables {
  report_jobs: {
    tenant_id: string;
    id: Generated<string>;
    round_id: string;
    /** Who started it; their access when the job runs decides which leaders go in. */
    user_id: string;
    locale: 'da' | 'en';
    status: Generated<ReportJobStatus>;
    total: Generated<number>;
    done: Generated<number>;
    error: string | null;
    lease_owner: string | null;
    lease_until: Date | null;
    created_at: Generated<Date>;
    started_at: Timestamp | null;
    finished_at: Timestamp | null;
  };
  report_job_files: {
    tenant_id: string;
    job_id: string;
    leader_id: string;
    file_name: string;
    bytes: Uint8Array;
    created_at: Generated<Date>;
  };
}
