import type { CodedError } from '@spejl/error-catalogue';

// The SMTP reply code a mail server put in nodemailer's message ("550 5.1.1 <x>: user unknown").
const SMTP_CODE = /\b([45]\d\d)\b/;

/**
 * Why a delivery failed, as a code the console and the CLI say in their reader's language. The
 * outbox keeps only nodemailer's English text, so the kind is read back from it; the mail
 * server's own words are not repeated to the reader (they are in the server log).
 */
export function deliveryFailure(error: string | null): CodedError | null {
  if (error === null) return null;
  const smtpCode = SMTP_CODE.exec(error)?.[1];
  if (/invalid login|EAUTH|authentication|\b535\b/i.test(error)) return { code: 'mail.authFailed', params: {} };
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|EAI_AGAIN|getaddrinfo|greeting never received|ECONNECTION/i.test(error)) return { code: 'mail.serverUnreachable', params: {} };
  if (/timeout|ETIMEDOUT/i.test(error)) return { code: 'mail.timeout', params: {} };
  if (smtpCode && /recipient|EENVELOPE|\b5\.1\.\d\b|mailbox|user unknown/i.test(error)) return { code: 'mail.recipientRefused', params: { smtpCode } };
  if (smtpCode) return { code: 'mail.refused', params: { smtpCode } };
  return { code: 'mail.failed', params: {} };
}
