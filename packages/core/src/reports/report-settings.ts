import type { ReportPlugin } from '@spejl/plugin-sdk';
import type { StoredReportConfigs, TenantTx } from '@spejl/db';
import { codedError, type InputIssue } from '../errors/spejl-error.ts';
import { codedZodIssues } from '../errors/zod-issues.ts';
import type { ReportAccessPolicy } from './report-access.ts';

/** One report plugin as a tenant has configured it, options already validated and with defaults filled in. */
export interface ReportConfig {
  readonly reportId: string;
  readonly enabled: boolean;
  readonly options: Record<string, unknown>;
}

/** A tenant's report settings as the console edits them. */
export interface ReportSettings extends ReportAccessPolicy {
  readonly revision: number | null;
  readonly reports: StoredReportConfigs;
}

/** Reads the tenant's report settings; a tenant that never saved any uses every report with its defaults. */
export async function loadReportSettings(tx: TenantTx): Promise<ReportSettings> {
  const row = await tx.selectFrom('report_settings').select(['reports', 'superior_reads_reports', 'revision']).executeTakeFirst();
  return { revision: row?.revision ?? null, reports: row?.reports ?? {}, superiorReadsReports: row?.superior_reads_reports ?? true };
}

/**
 * Resolves stored configurations against the installed plugins: unknown ids are dropped,
 * missing ones default to enabled with default options. Options that no longer parse (a plugin
 * changed) fall back to the defaults rather than breaking a closed round's reports.
 */
export function resolveReportConfigs(stored: StoredReportConfigs, plugins: readonly ReportPlugin[]): ReportConfig[] {
  return plugins.map((plugin) => {
    const entry = stored[plugin.id];
    const parsed = plugin.options.safeParse(entry?.options ?? {});
    const options = (parsed.success ? parsed.data : plugin.options.parse({})) as Record<string, unknown>;
    return { reportId: plugin.id, enabled: entry?.enabled ?? true, options };
  });
}

/** What the console sends to save report settings. */
export interface ReportSettingsInput extends ReportAccessPolicy {
  /** The revision the editor started from (null when none was saved); a stale one is a conflict. */
  readonly expectedRevision: number | null;
  readonly reports: StoredReportConfigs;
}

function optionIssues(input: StoredReportConfigs, plugins: readonly ReportPlugin[]): InputIssue[] {
  return Object.entries(input).flatMap(([id, config]): InputIssue[] => {
    const plugin = plugins.find((p) => p.id === id);
    if (!plugin) return [{ path: `reports.${id}`, message: `there is no report plugin "${id}"; installed: ${plugins.map((p) => p.id).join(', ')}` }];
    const parsed = plugin.options.safeParse(config.options);
    if (parsed.success) return [];
    return codedZodIssues(parsed.error, ['reports', id, 'options']);
  });
}

/** Saves the tenant's report settings after checking every plugin's options against its own schema. */
export async function saveReportSettings(tx: TenantTx, tenantId: string, input: ReportSettingsInput, plugins: readonly ReportPlugin[], userId: string | null): Promise<ReportSettings> {
  const issues = optionIssues(input.reports, plugins);
  if (issues.length) throw codedError('BAD_INPUT', 'reportSettings.invalid', {}, issues);
  const current = await tx.selectFrom('report_settings').select('revision').forUpdate().executeTakeFirst();
  if ((current?.revision ?? null) !== input.expectedRevision) {
    throw codedError('CONFLICT', 'reportSettings.changedMeanwhile', {});
  }
  const reports = Object.fromEntries(Object.entries(input.reports).map(([id, c]) => [id, { enabled: c.enabled, options: plugins.find((p) => p.id === id)!.options.parse(c.options) as Record<string, unknown> }]));
  const revision = (current?.revision ?? 0) + 1;
  const values = { reports: JSON.stringify(reports), superior_reads_reports: input.superiorReadsReports, revision, updated_at: new Date(), updated_by: userId };
  await tx.insertInto('report_settings').values({ tenant_id: tenantId, ...values }).onConflict((c) => c.column('tenant_id').doUpdateSet(values)).execute();
  return { revision, reports, superiorReadsReports: input.superiorReadsReports };
}

/** The configuration pinned when the round closed; null for a round that has not closed. */
export async function pinnedReportConfigs(tx: TenantTx, roundId: string): Promise<StoredReportConfigs | null> {
  const row = await tx.selectFrom('round_report_settings').select('reports').where('round_id', '=', roundId).executeTakeFirst();
  return row?.reports ?? null;
}
