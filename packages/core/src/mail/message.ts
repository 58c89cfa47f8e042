/** One e-mail as Spejl writes it: plain text always, HTML optional. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The language the mail is written in; the outbox words its placeholders in it (default Danish). */
  locale?: 'da' | 'en';
  /**
   * Strings in the text and HTML that only the addressee may act on (invitation, reset and
   * survey links). The outbox keeps a copy with each replaced by a placeholder, except in a
   * demo without a mail server, where the outbox is the only way a link reaches anyone.
   */
  secrets?: readonly string[];
  /**
   * Words in the text and HTML meant for the addressees alone (a leader's agreements shared with
   * their team): withheld from the outbox copy always, demo or not, since admins read the outbox.
   */
  private?: readonly string[];
}

/** What happened to a mail: handed to the SMTP server, kept only in the outbox (no SMTP configured), or refused. */
export type MailStatus = 'sent' | 'stored' | 'failed';

/** The outcome of one delivery attempt, recorded in the outbox beside the mail. */
export interface MailDelivery {
  status: MailStatus;
  error: string | null;
}
