/** Query keys of the results pages, so mutations can refresh exactly what they change. */
export const reportKeys = {
  mine: (tenantId: string, locale: string) => ['reports', tenantId, 'mine', locale] as const,
  rounds: (tenantId: string) => ['reports', tenantId, 'rounds'] as const,
  results: (tenantId: string, roundId: string, locale: string) => ['reports', tenantId, 'results', roundId, locale] as const,
  document: (tenantId: string, roundId: string, reportId: string, leaderId: string | undefined, locale: string) => ['reports', tenantId, 'document', roundId, reportId, leaderId ?? '', locale] as const,
  benchmark: (tenantId: string, roundId: string, locale: string) => ['reports', tenantId, 'benchmark', roundId, locale] as const,
  settings: (tenantId: string) => ['reports', tenantId, 'settings'] as const,
  bulkJobs: (tenantId: string, roundId: string) => ['reports', tenantId, 'bulk-jobs', roundId] as const,
};
