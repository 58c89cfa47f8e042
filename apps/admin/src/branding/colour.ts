/** A colour as six-digit hex, the only form tenants store (`#1d5b79`). */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** WCAG AA asks for 4.5:1 between normal text and its background. */
export const AA_TEXT_CONTRAST = 4.5;

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  if (!HEX_COLOUR.test(hex)) throw new Error(`expected a colour like #1d5b79, got "${hex}"`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG 2.1 defines it (0 black … 1 white). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `weight` (0 … 1) of `other` into `hex`; used to derive hover and pressed shades. */
export function mix(hex: string, other: string, weight: number): string {
  const a = parseHex(hex);
  const b = parseHex(other);
  return toHex(a.map((c, i) => c * (1 - weight) + (b[i] ?? 0) * weight) as Rgb);
}

/** Adds an alpha channel to a hex colour (`#rrggbbaa`). */
export function withAlpha(hex: string, alpha: number): string {
  parseHex(hex);
  return `${hex}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
}

/** Rounds a contrast ratio down to one decimal, so "4.5" is never shown for 4.46. */
export function formatRatio(ratio: number, locale: string): string {
  return (Math.floor(ratio * 10) / 10).toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
