import { HEX_COLOUR } from '@spejl/plugin-sdk/render';

export { AA_TEXT_CONTRAST, contrastRatio, HEX_COLOUR, luminance } from '@spejl/plugin-sdk/render';

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  if (!HEX_COLOUR.test(hex)) throw new Error(`expected a colour like #1d5b79, got "${hex}"`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
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
