import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUND_TEXTS } from '../../src/rounds/index.ts';
import { renderRoundMail, type MailFields } from '../../src/rounds/messages/index.ts';

const fields = (closes: string, locale: 'da' | 'en', timeZone = 'Europe/Copenhagen'): MailFields => ({
  name: 'Jens Lund', round: 'Forår 2026', link: 'https://spejl.example/s/#x', closes: new Date(closes), threshold: 5, peerThreshold: 3, locale, timeZone, organisation: 'Egeskov Kommune', branding: {},
});
const mail = (f: MailFields) => renderRoundMail('jens@egeskov.dk', DEFAULT_ROUND_TEXTS.invitation[f.locale], f);

describe("a round mail says the closing time on the tenant's clocks", () => {
  it('across the spring night Denmark moves to summer time, in Danish and English', () => {
    expect(mail(fields('2026-03-29T00:30:00Z', 'da')).text).toContain('29. marts 2026 kl. 01.30');
    expect(mail(fields('2026-03-29T01:30:00Z', 'da')).text).toContain('29. marts 2026 kl. 03.30');
    expect(mail(fields('2026-03-29T01:30:00Z', 'en')).text).toContain('29 March 2026 at 03:30');
  });

  it('across the autumn night it moves back, in Danish and English', () => {
    expect(mail(fields('2026-10-25T01:30:00Z', 'da')).text).toContain('25. oktober 2026 kl. 02.30');
    expect(mail(fields('2026-10-25T01:30:00Z', 'en')).html).toContain('25 October 2026 at 02:30');
  });

  it("in another zone when the tenant chose one, whatever the server's own zone", () => {
    expect(mail(fields('2026-03-29T01:30:00Z', 'en', 'America/New_York')).text).toContain('28 March 2026 at 21:30');
  });
});
