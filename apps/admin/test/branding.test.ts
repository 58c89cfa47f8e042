import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, mix } from '../src/branding/colour.ts';
import { DEFAULT_PRIMARY, readableOnWhiteText, themeOverridesFor } from '../src/branding/theme.ts';

const hexColour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('brand colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the well-known lightest grey that passes AA on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.46, 'en')).toBe('4.4');
    expect(formatRatio(4.46, 'da')).toBe('4,4');
  });

  it('gives every tenant a primary colour, and hover/pressed shades, that white text can be read on', () => {
    fc.assert(
      fc.property(fc.option(hexColour, { nil: undefined }), (chosen) => {
        const common = themeOverridesFor(chosen).common ?? {};
        for (const colour of [common.primaryColor, common.primaryColorHover, common.primaryColorPressed]) {
          expect(contrastRatio(colour ?? '', '#ffffff')).toBeGreaterThanOrEqual(4.5);
        }
        if (chosen && readableOnWhiteText(chosen)) expect(common.primaryColor).toBe(chosen.toLowerCase());
        else expect(common.primaryColor).toBe(DEFAULT_PRIMARY);
      }),
    );
  });

  it('falls back to the default for a colour that is too light or malformed', () => {
    expect(themeOverridesFor('#ffe066').common?.primaryColor).toBe(DEFAULT_PRIMARY);
    expect(themeOverridesFor('red').common?.primaryColor).toBe(DEFAULT_PRIMARY);
    expect(themeOverridesFor('#1F6F4A').common?.primaryColor).toBe('#1f6f4a');
  });

  it('mixes colours channel by channel', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#1d5b79', '#000000', 0)).toBe('#1d5b79');
  });
});

describe('status colours', () => {
  it('carry white text at AA in every state, unlike Naive UI’s defaults', () => {
    const common = themeOverridesFor(undefined).common as Record<string, string>;
    for (const name of ['info', 'success', 'warning', 'error']) {
      for (const state of ['Color', 'ColorHover', 'ColorPressed']) {
        expect(contrastRatio(common[`${name}${state}`] ?? '#ffffff', '#ffffff'), `${name}${state}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
