/*
 * WCAG 2.1 colour contrast, shared by everything that puts a tenant's brand colour behind text:
 * the console (checks it as it is typed), the server (refuses it), the survey app and reports.
 */

/** A colour as six-digit hex, the only form tenants store (`#1d5b79`). */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** WCAG AA asks for 4.5:1 between normal text and its background. */
export const AA_TEXT_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  if (!HEX_COLOUR.test(hex)) throw new Error(`expected a colour like #1d5b79, got "${hex}"`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance as WCAG 2.1 defines it (0 black … 1 white). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether white text on this colour (and this colour as text on white) meets WCAG AA. */
export function carriesWhiteText(hex: string): boolean {
  return HEX_COLOUR.test(hex) && contrastRatio(hex, '#ffffff') >= AA_TEXT_CONTRAST;
}
