import nodemailer from 'nodemailer';
import type { MailDelivery, MailMessage } from './message.ts';

/** Delivers mail; every mail also lands in an outbox table (see outbox.ts), whatever the outcome. */
export interface Mailer {
  /** True when mail leaves the machine; false when the outbox is the only place it goes. */
  readonly sends: boolean;
  deliver(message: MailMessage): Promise<MailDelivery>;
  close(): void;
}

/** Options for {@link createMailer}: SMTP when a URL is given, otherwise store-only. */
export interface MailerOptions {
  smtpUrl?: string | undefined;
  from: string;
}

/** nodemailer over SMTP when `smtpUrl` is set; without it mail is only stored, so a local install needs no mail server. */
export function createMailer(options: MailerOptions): Mailer {
  if (!options.smtpUrl) {
    return { sends: false, deliver: async () => ({ status: 'stored', error: null }), close: () => {} };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    sends: true,
    async deliver(message) {
      try {
        await transport.sendMail({ from: options.from, ...message });
        return { status: 'sent', error: null };
      } catch (error) {
        // A refused mail must not lose the request that caused it: the outbox shows the failure instead.
        return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
    },
    close: () => transport.close(),
  };
}
