/** Largest logo the server accepts (it checks the same bound on the data URL). */
export const LOGO_MAX_BYTES = 256 * 1024;

/** Image types the server accepts as a logo. */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;

/** The outcome of reading a chosen logo file. */
export type LogoRead =
  | { ok: true; dataUrl: string }
  | { ok: false; reason: 'type' | 'size' | 'unreadable'; kb: number };

/** Whether a file may become a logo; checked before reading it so a wrong file changes nothing. */
export function checkLogoFile(file: { type: string; size: number }): LogoRead | null {
  const kb = Math.ceil(file.size / 1024);
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return { ok: false, reason: 'type', kb };
  if (file.size > LOGO_MAX_BYTES) return { ok: false, reason: 'size', kb };
  return null;
}

/** Reads an image file into the data URL stored in the tenant's branding. */
export function readLogo(file: File): Promise<LogoRead> {
  const problem = checkLogoFile(file);
  if (problem) return Promise.resolve(problem);
  return new Promise((resolve) => {
    const reader = new FileReader();
    const kb = Math.ceil(file.size / 1024);
    reader.onload = () => resolve(typeof reader.result === 'string' ? { ok: true, dataUrl: reader.result } : { ok: false, reason: 'unreadable', kb });
    reader.onerror = () => resolve({ ok: false, reason: 'unreadable', kb });
    reader.readAsDataURL(file);
  });
}
