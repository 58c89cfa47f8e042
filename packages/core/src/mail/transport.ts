import nodemailer from 'nodemailer';
import type { MailDelivery, MailMessage } from './message.ts';

/** Delivers mail; every mail also lands in an outbox table (see outbox.ts), whatever the outcome. */
export interface Mailer {
  /** True when mail leaves the machine; false when the outbox is the only place it goes. */
  readonly sends: boolean;
  /**
   * True only in a demo without a mail server: the outbox keeps personal links and the console
   * shows them (saying why). Otherwise a link reaches its addressee alone and is never stored.
   */
  readonly keepsLinks: boolean;
  deliver(message: MailMessage): Promise<MailDelivery>;
  close(): void;
}

/** Options for {@link createMailer}: SMTP when a URL is given, otherwise store-only. */
export interface MailerOptions {
  smtpUrl?: string | undefined;
  from: string;
  /** Started as a demo (`--demo`, `spejl demo`): without SMTP the outbox then keeps links so the demo can be tried. */
  demo?: boolean;
}

/** nodemailer over SMTP when `smtpUrl` is set; without it mail is only stored, so a local install needs no mail server. */
export function createMailer(options: MailerOptions): Mailer {
  if (!options.smtpUrl) {
    return { sends: false, keepsLinks: options.demo === true, deliver: async () => ({ status: 'stored', error: null }), close: () => {} };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    sends: true,
    keepsLinks: false,
    async deliver(message) {
      try {
        await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text, ...(message.html ? { html: message.html } : {}) });
        return { status: 'sent', error: null };
      } catch (error) {
        // A refused mail must not lose the request that caused it: the outbox shows the failure instead.
        return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
    },
    close: () => transport.close(),
  };
}
