export type { MailMessage, MailStatus, MailDelivery } from './message.ts';
export { createMailer, type Mailer, type MailerOptions } from './transport.ts';
export { sendTenantMail, sendSystemMail, listTenantOutbox, listSystemOutbox, type OutboxEntry } from './outbox.ts';
