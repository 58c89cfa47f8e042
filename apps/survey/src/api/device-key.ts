/*
 * This browser's device key (packages/core/src/survey/device-key.ts). The server binds a form to
 * the browser that first saves it and shows or changes its answers only for the same key, so a
 * link that passes through other hands (an outbox, a printed letter) reveals no answers. One key
 * per browser serves every link opened in it: the server stores a different hash per form, so
 * the key links nothing to anything, and no part of a link needs to be kept in storage.
 */

const STORAGE_KEY = 'spejl-survey-device';
const DEVICE_KEY = /^[A-Za-z0-9_-]{43}$/;

/** Where the key is kept: localStorage in the app, a fake in tests. */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** 256 random bits as 43 base64url characters. */
function freshKey(): string {
  let binary = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(32))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function browserStorage(): KeyStorage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

let forThisVisit: string | null = null;
let memoryOnly = false;

/** A shared device (kiosk.ts): the key is made for this page only and never stored, so the next person's answers are bound to another key. */
export function keepDeviceKeyInMemory(): void {
  memoryOnly = true;
}

/**
 * The key, made on first use. Where the browser refuses storage (some private modes) it lasts for
 * this visit only: answers saved then cannot be shown again after the page is closed.
 */
export function deviceKey(storage: KeyStorage | null = memoryOnly ? null : browserStorage()): string {
  try {
    const kept = storage?.getItem(STORAGE_KEY);
    if (kept && DEVICE_KEY.test(kept)) return kept;
  } catch {
    // Storage refused: fall through to a key for this visit.
  }
  forThisVisit ??= freshKey();
  try {
    storage?.setItem(STORAGE_KEY, forThisVisit);
  } catch {
    // Kept in memory only.
  }
  return forThisVisit;
}
