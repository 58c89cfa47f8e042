/** One e-mail as Spejl writes it: plain text always, HTML optional. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** What happened to a mail: handed to the SMTP server, kept only in the outbox (no SMTP configured), or refused. */
export type MailStatus = 'sent' | 'stored' | 'failed';

/** The outcome of one delivery attempt, recorded in the outbox beside the mail. */
export interface MailDelivery {
  status: MailStatus;
  error: string | null;
}
