import { describe, expect, it } from 'vitest';
import { i18n } from '../src/i18n/index.ts';

const say = (key: string, n: number, locale: 'da' | 'en' = 'da') => {
  i18n.global.locale.value = locale;
  const text = i18n.global.t(key, { n }, n);
  i18n.global.locale.value = 'da';
  return text;
};

describe('counts on the rounds pages take the noun in the right number', () => {
  it.each([
    ['rounds.counts.leaders', '1 leder', '2 ledere', '1 leader', '2 leaders'],
    ['rounds.counts.respondents', '1 respondent', '2 respondenter', '1 respondent', '2 respondents'],
    ['rounds.counts.forms', '1 spørgeskema', '2 spørgeskemaer', '1 questionnaire', '2 questionnaires'],
  ])('%s', (key, oneDa, twoDa, oneEn, twoEn) => {
    expect([say(key, 1), say(key, 2), say(key, 1, 'en'), say(key, 2, 'en')]).toEqual([oneDa, twoDa, oneEn, twoEn]);
  });

  it('in the scope summary, the launch message and the close dialog', () => {
    const leaders = say('rounds.counts.leaders', 1);
    expect(i18n.global.t('rounds.create.summary', { leaders, respondents: say('rounds.counts.respondents', 2), forms: say('rounds.counts.forms', 3), employee: 1, self: 1, superior: 1 }))
      .toBe('1 leder evalueres · 2 respondenter · 3 spørgeskemaer (1 fra medarbejdere, 1 fra lederne selv, 1 fra overordnede)');
    expect(i18n.global.t('rounds.detail.launched', { leaders, respondents: say('rounds.counts.respondents', 1), forms: say('rounds.counts.forms', 1) })).toBe('Målingen er startet: 1 leder, 1 respondent, 1 spørgeskema.');
    expect(say('rounds.confirm.close.linksUnanswered', 1)).toContain('– 1 spørgeskema er endnu ikke besvaret');
    expect(say('rounds.delivery.withoutEmail', 1)).toBe('1 respondent har ingen e-mailadresse og får ingen mail.');
    expect(say('rounds.import.done', 1)).toBe('1 besvarelse er importeret.');
    expect(say('roundPreview.forms', 1)).toBe('1 spørgeskema i målingen ser sådan ud.');
  });
});
