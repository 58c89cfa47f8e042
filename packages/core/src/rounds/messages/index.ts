export { renderRoundMail, type MailFields } from './mail-text.ts';
export { claimDue, failInterrupted, queueDueReminders, queueResend, recordOutcome, retryDelayMs, MAX_ATTEMPTS, LEASE_MS, type ClaimedMessage } from './message-queue.ts';
export { runMailJobs, runTenantMail, startMailWorker, type MailJobOptions } from './mail-worker.ts';
export { deliveryReport, type DeliveryReport, type DeliveryFailure } from './delivery-report.ts';
export { countReminderAudience, queueReminderRun, unfinishedForms, REMINDED_LATELY_MS, type AudienceCounts, type ReminderAudience, type ReminderRun } from './reminder-runs.ts';
export { previewReminderNow, remindNow, type ReminderPreview, type ReminderRequest } from './remind-now.ts';
export { reminderHistory, type ReminderDelivery, type ReminderHistoryEntry } from './reminder-history.ts';
export { resendLink, RESEND_AGAIN_AFTER_MS } from './resend-limit.ts';
