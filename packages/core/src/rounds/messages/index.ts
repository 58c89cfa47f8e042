export { renderRoundMail, type MailFields } from './mail-text.ts';
export { claimDue, failInterrupted, queueDueReminders, queueResend, recordOutcome, retryDelayMs, MAX_ATTEMPTS, LEASE_MS, type ClaimedMessage } from './message-queue.ts';
export { runMailJobs, runTenantMail, startMailWorker, type MailJobOptions } from './mail-worker.ts';
export { deliveryReport, type DeliveryReport, type DeliveryFailure } from './delivery-report.ts';
