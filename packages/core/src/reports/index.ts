export { mayReadLeader, mayReadTenant, readsAllReports, type ReportReader, type ReportAccessPolicy } from './report-access.ts';
export { loadReportSettings, saveReportSettings, resolveReportConfigs, pinnedReportConfigs, type ReportConfig, type ReportSettings, type ReportSettingsInput } from './report-settings.ts';
export { loadRoundResults, roundReport, assertMayRead, type RoundResults, type ReportRequest } from './round-reports.ts';
export { roundResultsIndex, type RoundResultsIndex, type ResultLeader } from './round-index.ts';
export { myReports, type MyRoundReports } from './my-reports.ts';
export { rollupXlsx } from './rollup-xlsx.ts';
export { previewReport, previewSource } from './report-preview.ts';
export { closedRoundsByTenant, type TenantClosedRounds } from './closed-rounds-by-tenant.ts';
export { reportFileName, reportKindTitle } from './report-file-name.ts';
