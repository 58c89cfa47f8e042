export { safeFileName, leaderFileNames } from './file-names.ts';
export { startReportJob, reportJobProgress, reportJobsOf, leadersToRender, jobNotFound, type ReportJobProgress } from './report-jobs.ts';
export { claimJob, storeLeaderPdf, JOB_LEASE_MS, KEEP_JOBS_MS, type ClaimedJob } from './job-queue.ts';
export { runReportJobs, runTenantReportJobs, startReportWorker, type ReportJobOptions, type ReportWorkerOptions } from './report-worker.ts';
export { startPdfPool, defaultPdfThreads, type PdfPool, type PdfPoolOptions } from './pdf-pool.ts';
export { openReportJobZip, type ReportJobZip } from './job-zip.ts';
