import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Why a link alone does not show a respondent's answers (DESIGN.md, Anonymity rule 6).
 *
 * A link can pass through other hands: an outbox read without SMTP, a letter printed by an
 * administrator. So answers are bound to the browser that first saved them. The survey app makes
 * a random 256-bit device key, keeps it in that browser only, and sends it with every request.
 * A form stores `device_hash = HMAC(device key, "device:" + owner key)`; reading a form back and
 * changing it need a device key that gives the same hash. The hash differs per form and per
 * link, so two forms saved from one browser cannot be matched to each other, and without the
 * device key nobody — not the server's operator, not someone holding the link — can produce it.
 * The hash is dropped with the owner key when the round closes.
 */

/** The browser-held key, as bytes. */
export type DeviceKey = Buffer;

const DEVICE_KEY = /^[A-Za-z0-9_-]{43}$/;

/** Reads a device key as the survey app sends it (43 base64url characters), or null when it is not one. */
export function parseDeviceKey(text: string | undefined | null): DeviceKey | null {
  if (!text || !DEVICE_KEY.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.length === 32 ? bytes : null;
}

/** A fresh device key (the survey app makes its own; this is for code that saves on a respondent's behalf, e.g. the demo). */
export function newDeviceKey(): DeviceKey {
  return randomBytes(32);
}

/** What a form stores to know the device that saved it. */
export function formDeviceHash(device: DeviceKey, ownerKey: string): string {
  return createHmac('sha256', device).update(`device:${ownerKey}`).digest('base64url');
}

/** Whether `device` is the one that saved the form stored under `ownerKey` with `stored` as its hash. */
export function isSavingDevice(stored: string | null, device: DeviceKey | null, ownerKey: string): boolean {
  if (!stored || !device) return false;
  const expected = Buffer.from(formDeviceHash(device, ownerKey));
  const actual = Buffer.from(stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
