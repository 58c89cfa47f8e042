export type { MailMessage, MailStatus, MailDelivery } from './message.ts';
export { createMailer, type Mailer, type MailerOptions } from './transport.ts';
export { outboxCopy, WITHHELD_LINK, WITHHELD_PRIVATE, type OutboxCopy } from './outbox-copy.ts';
export { sendTenantMail, sendSystemMail, storeTenantOutbox, listTenantOutbox, countTenantOutbox, listSystemOutbox, type OutboxEntry, type OutboxQuery } from './outbox.ts';
export { deliveryFailure } from './delivery-failure.ts';
export { exportTenantOutbox, OUTBOX_EXPORT_LIMIT, type OutboxExport, type OutboxExportRow } from './outbox-export.ts';
export { deliverClaimed } from './claimed-delivery.ts';
