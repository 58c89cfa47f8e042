export { applyRetention, dueDay, type RetentionReport, type RoundRetention, type RetentionActor } from './retention-apply.ts';
export { erasePerson, type ErasureReport } from './person-erase.ts';
export { exportPerson, type PersonExport } from './person-export.ts';
export { retentionMonthsOf, setRetentionMonths, retentionMonthsSchema, RETENTION_MONTHS } from './retention-settings.ts';
export { startRetentionWorker, runRetentionJobs } from './retention-worker.ts';
