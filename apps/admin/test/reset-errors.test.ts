import { describe, expect, it } from 'vitest';
import { KNOWN_RESET_CODES, resetRefusal } from '../src/auth/reset-errors.ts';
import { i18n, LOCALES } from '../src/i18n/index.ts';

/** What the reset page shows for a refusal, in a language. */
function shown(error: { code?: string; status?: number }, locale: 'da' | 'en'): string {
  const refusal = resetRefusal(error);
  i18n.global.locale.value = locale;
  return refusal.kind === 'linkBroken' ? i18n.global.t('auth.reset.invalidToken') : i18n.global.t(refusal.key, refusal.params ?? {});
}

describe("a refused password reset, in the console's words", () => {
  it.each(KNOWN_RESET_CODES)('%s is said in Danish and English, never as better-auth\'s text', (code) => {
    const texts = LOCALES.map((locale) => shown({ code, status: 400 }, locale));
    for (const text of texts) {
      expect(text).not.toMatch(/[{}]|auth\.|common\./);
      expect(text.length).toBeGreaterThan(15);
    }
    expect(texts[0]).not.toBe(texts[1]);
  });

  it('names the bounds of a password the server refused', () => {
    expect(shown({ code: 'PASSWORD_TOO_SHORT', status: 400 }, 'da')).toBe('Adgangskoden skal være mindst 10 tegn.');
    expect(shown({ code: 'PASSWORD_TOO_LONG', status: 400 }, 'da')).toBe('Adgangskoden må højst være 128 tegn.');
    expect(shown({ code: 'PASSWORD_TOO_LONG', status: 400 }, 'en')).toBe('The password may be at most 128 characters.');
  });

  it('sends a spent link to ask for a new one, and says a throttled or unknown refusal in its own sentence', () => {
    expect(resetRefusal({ code: 'INVALID_TOKEN', status: 400 })).toEqual({ kind: 'linkBroken' });
    expect(shown({ status: 429 }, 'da')).toBe(shown({ code: 'TOO_MANY_ATTEMPTS' }, 'da'));
    expect(shown({ code: 'SOMETHING_NEW_IN_BETTER_AUTH', status: 500 }, 'da')).toBe(i18n.global.t('common.errors.generic'));
  });
});
