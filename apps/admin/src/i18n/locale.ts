import { i18n, LOCALES, type Locale } from './index.ts';

const STORAGE_KEY = 'spejl.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Switches the console's language, keeps `<html lang>` in step for screen readers, and remembers the choice. */
export function applyLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  localStorage.setItem(STORAGE_KEY, locale);
}

/** The language to start in: the person's last choice on this device, else Danish. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : 'da';
}
