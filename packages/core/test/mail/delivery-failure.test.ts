import { renderError } from '@spejl/error-catalogue';
import { describe, expect, it } from 'vitest';
import { deliveryFailure } from '../../src/mail/delivery-failure.ts';

describe('why a mail was not delivered, as the outbox says it', () => {
  it.each([
    ['Can\'t send mail - all recipients were rejected: 550 5.1.1 <bo@egeskov.dk>: Recipient address rejected: User unknown', 'mail.recipientRefused', { smtpCode: '550' }],
    ['Invalid login: 535 5.7.8 Authentication credentials invalid', 'mail.authFailed', {}],
    ['connect ECONNREFUSED 127.0.0.1:2525', 'mail.serverUnreachable', {}],
    ['getaddrinfo ENOTFOUND smtp.egeskov.dk', 'mail.serverUnreachable', {}],
    ['Connection timeout', 'mail.timeout', {}],
    ['Message failed: 552 5.3.4 Message size exceeds fixed limit', 'mail.refused', { smtpCode: '552' }],
    ['something nobody foresaw', 'mail.failed', {}],
  ])('%s', (error, code, params) => {
    expect(deliveryFailure(error)).toEqual({ code, params });
  });

  it('is nothing for a mail that did not fail', () => {
    expect(deliveryFailure(null)).toBeNull();
  });

  it('is said in Danish without the mail server\'s English', () => {
    const failure = deliveryFailure('Can\'t send mail - all recipients were rejected: 550 5.1.1 <bo@egeskov.dk>: User unknown')!;
    const text = renderError(failure.code, failure.params, 'da')!;
    expect(text).toBe('Mailserveren afviste modtagerens adresse (SMTP 550). Tjek adressen, ret den, og send igen.');
    expect(text).not.toMatch(/rejected|unknown/);
  });
});
