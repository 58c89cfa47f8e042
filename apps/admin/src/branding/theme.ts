import type { GlobalThemeOverrides } from 'naive-ui';
import { AA_TEXT_CONTRAST, contrastRatio, HEX_COLOUR, mix, withAlpha } from './colour.ts';

/** Spejl's own colour: a calm fjord blue with 7.5:1 contrast against white. */
export const DEFAULT_PRIMARY = '#1d5b79';

/** Status colours dark enough for white text at WCAG AA (Naive UI's defaults are not, except error). */
export const STATUS_COLOURS = { info: '#1f5f99', success: '#067647', warning: '#b54708', error: '#b42318' } as const;

function statusColours(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(STATUS_COLOURS).flatMap(([name, colour]) => [
      [`${name}Color`, colour],
      [`${name}ColorHover`, mix(colour, '#000000', 0.12)],
      [`${name}ColorPressed`, mix(colour, '#000000', 0.24)],
      [`${name}ColorSuppl`, mix(colour, '#000000', 0.12)],
    ]),
  );
}

/** Whether a colour can carry white button text at WCAG AA. */
export function readableOnWhiteText(hex: string): boolean {
  return HEX_COLOUR.test(hex) && contrastRatio(hex, '#ffffff') >= AA_TEXT_CONTRAST;
}

/**
 * Naive UI theme overrides for a tenant's brand colour. Hover and pressed shades are darker,
 * never lighter, so white text stays readable; an unreadable or missing colour falls back to ours.
 */
export function themeOverridesFor(primary: string | undefined): GlobalThemeOverrides {
  const base = primary && readableOnWhiteText(primary) ? primary.toLowerCase() : DEFAULT_PRIMARY;
  const hover = mix(base, '#000000', 0.12);
  const pressed = mix(base, '#000000', 0.24);
  return {
    common: {
      ...statusColours(),
      primaryColor: base,
      primaryColorHover: hover,
      primaryColorPressed: pressed,
      primaryColorSuppl: hover,
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      fontSize: '15px',
      fontSizeMedium: '15px',
      borderRadius: '6px',
      textColorBase: '#1f2933',
      textColor1: '#1f2933',
      textColor2: '#27323d',
      textColor3: '#4b5563',
      placeholderColor: '#6b7280',
      borderColor: '#c9d1d9',
      dividerColor: '#e3e8ee',
      bodyColor: '#f6f7f9',
    },
    Button: { fontWeight: '600' },
    DataTable: { thColor: '#f1f4f7', thFontWeight: '600' },
    Input: { border: '1px solid #7b8794', borderHover: `1px solid ${base}`, boxShadowFocus: `0 0 0 3px ${withAlpha(base, 0.3)}` },
    InternalSelection: { border: '1px solid #7b8794', borderHover: `1px solid ${base}` },
    Card: { borderRadius: '10px' },
  };
}
