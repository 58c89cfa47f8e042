import { describe, expect, it } from 'vitest';
import { i18n } from '../src/i18n/index.ts';
import { peersImportedText } from '../src/pages/peers/peer-counts.ts';

const said = (pairs: number, subjects: number, locale: 'da' | 'en' = 'da') => {
  i18n.global.locale.value = locale;
  const text = peersImportedText(i18n.global.t, pairs, subjects);
  i18n.global.locale.value = 'da';
  return text;
};

describe('a peers import says both counts in the right number', () => {
  it('in Danish', () => {
    expect(said(3, 1)).toBe('3 sideordnede ledere for 1 leder er importeret.');
    expect(said(1, 1)).toBe('1 sideordnet leder for 1 leder er importeret.');
    expect(said(5, 2)).toBe('5 sideordnede ledere for 2 ledere er importeret.');
  });

  it('in English', () => {
    expect(said(3, 1, 'en')).toBe('3 peers of 1 leader were imported.');
    expect(said(1, 1, 'en')).toBe('1 peer of 1 leader was imported.');
    expect(said(5, 2, 'en')).toBe('5 peers of 2 leaders were imported.');
  });

  it('says an emptied list once, in the right number', () => {
    i18n.global.locale.value = 'en';
    expect(i18n.global.t('peers.cleared', { pairs: 1 }, 1)).toBe('The list is empty: 1 pair was removed.');
    expect(i18n.global.t('peers.cleared', { pairs: 4 }, 4)).toBe('The list is empty: 4 pairs were removed.');
    i18n.global.locale.value = 'da';
  });
});
