import QRCode from 'qrcode';
import { authClient } from '../../auth/auth-client.ts';

/** What a two-factor call on the security page answered: its data, or the i18n key of why not. */
export type Answer<T> = { ok: true; data: T } | { ok: false; reason: string };

/** The reader's sentence for a refused two-factor call: a wrong password, a wrong code, too many tries. */
function reasonOf(error: { code?: string | undefined; status: number }): string {
  if (error.status === 429) return 'twoFactor.security.throttled';
  if (error.code === 'INVALID_PASSWORD') return 'twoFactor.security.wrongPassword';
  if (error.code === 'INVALID_CODE') return 'twoFactor.step.wrongCode';
  return 'common.errors.generic';
}

async function call<T>(run: () => Promise<{ data: T | null; error: { code?: string | undefined; status: number } | null }>): Promise<Answer<T>> {
  try {
    const { data, error } = await run();
    return error || !data ? { ok: false, reason: error ? reasonOf(error) : 'common.errors.generic' } : { ok: true, data };
  } catch {
    return { ok: false, reason: 'common.errors.network' };
  }
}

/** Starts turning two-factor on: a new secret (as an otpauth URI) and recovery codes, neither in force until a code confirms. */
export const startTwoFactor = (password: string) =>
  call(() => authClient.twoFactor.enable({ password }) as Promise<{ data: { totpURI: string; backupCodes: string[] } | null; error: { code?: string; status: number } | null }>);

/** Confirms the secret with a code from the app; two-factor is on from then. */
export const confirmTwoFactor = (code: string) => call(() => authClient.twoFactor.verifyTotp({ code }));

/** New recovery codes; the old ones stop working. */
export const renewRecoveryCodes = (password: string) => call(() => authClient.twoFactor.generateBackupCodes({ password }));

/** Turns two-factor off. */
export const disableTwoFactor = (password: string) => call(() => authClient.twoFactor.disable({ password }));

/** The secret of an otpauth URI, for people who type it into the app instead of scanning. */
export function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret') ?? '';
  // In groups of four, as authenticator apps show and people read it.
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** The URI as a QR code, an SVG image in a data URL (the page's CSP allows data: images, not inline markup). */
export async function qrCodeOf(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
