import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTheme, renderTheme, resolveExample, TenantFramingInput, type Locale, type Sector, type TenantFraming } from '../src/index.ts';
import { validThemeInput } from './fixture-theme.ts';

const theme = parseTheme(validThemeInput()); // neutral "borgere"/"citizens", region default "patienter"/"patients"

const maybeText = fc.option(fc.record({ da: fc.constantFrom('elever og forældre', 'brugere'), en: fc.option(fc.constant('pupils and parents'), { nil: undefined }) }), { nil: null });

describe('resolveExample', () => {
  it('takes the first configured level: faggruppe → tenant default → sector default → neutral, in every combination', () => {
    fc.assert(
      fc.property(
        maybeText, maybeText, fc.constantFrom<Sector>('kommune', 'region', 'stat'), fc.constantFrom<Locale>('da', 'en'), fc.boolean(),
        (fag, tenantDefault, sector, locale, respondentHasFaggruppe) => {
          const framing: TenantFraming = { sector, defaultExample: tenantDefault, faggruppeExamples: fag ? { Lærer: fag } : {} };
          const got = resolveExample(theme, framing, { faggruppe: respondentHasFaggruppe ? ' lærer ' : null, locale });
          const expected =
            (respondentHasFaggruppe && fag?.[locale] && { text: fag[locale], source: 'faggruppe' }) ||
            (tenantDefault?.[locale] && { text: tenantDefault[locale], source: 'tenant' }) ||
            (sector === 'region' && { text: locale === 'da' ? 'patienter' : 'patients', source: 'sector' }) ||
            { text: locale === 'da' ? 'borgere' : 'citizens', source: 'neutral' };
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('never lets a Danish-only example into an English text', () => {
    const framing: TenantFraming = { sector: 'kommune', defaultExample: null, faggruppeExamples: { pædagog: { da: 'børn og forældre' } } };
    expect(resolveExample(theme, framing, { faggruppe: 'pædagog', locale: 'en' })).toEqual({ text: 'citizens', source: 'neutral' });
    expect(resolveExample(theme, framing, { faggruppe: 'pædagog', locale: 'da' })).toEqual({ text: 'børn og forældre', source: 'faggruppe' });
  });

  it('uses the neutral wording without any tenant settings', () => {
    expect(resolveExample(theme, null, { faggruppe: 'lærer', locale: 'da' })).toEqual({ text: 'borgere', source: 'neutral' });
  });
});

describe('renderTheme', () => {
  it('fills the example into the intro and never shows a raw placeholder, for any example text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0 && !/[{}$]/.test(s)), (example) => {
        const framing: TenantFraming = { sector: 'stat', defaultExample: { da: example }, faggruppeExamples: {} };
        const shown = renderTheme(theme, { role: 'employee', locale: 'da', framing });
        expect(shown.intro).toBe(`Om din leder, fx ${example.trim()}.`);
        expect(JSON.stringify(shown)).not.toContain('{{');
      }),
    );
  });

  it('shows each role its own wording and the scale in the respondent\'s language', () => {
    const self = renderTheme(theme, { role: 'self', locale: 'en', framing: null });
    expect(self.items.map((i) => i.text)).toEqual(['I am open.', 'I delegate.']);
    expect(self.prompt).toBe('How much do you agree with the following statements?');
    expect(self.scale.values.map((v) => v.label)).toEqual(['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']);
    expect(self.scale.dontKnow).toBe("Don't know");
  });

  it('refuses a role the theme does not ask', () => {
    const employeeOnly = parseTheme({ ...validThemeInput(), roles: ['employee'], intro: { employee: { da: 'a', en: 'a' } }, items: [{ id: 'x', label: { da: 'x', en: 'x' }, text: { employee: { da: 'x', en: 'x' } } }] });
    expect(() => renderTheme(employeeOnly, { role: 'superior', locale: 'da', framing: null })).toThrow('theme "tillid" has no texts for the superior role');
  });
});

describe('TenantFramingInput', () => {
  it('rejects an example with a placeholder, a duplicate faggruppe and a missing Danish text', () => {
    const result = TenantFramingInput.safeParse({
      defaultExample: { da: 'fx {{omraadeeksempel}}' },
      faggruppeExamples: [
        { faggruppe: 'Lærer', example: { da: 'elever og forældre' } },
        { faggruppe: 'lærer ', example: { da: 'elever' } },
        { faggruppe: 'Sygeplejerske', example: { en: 'patients' } },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      'defaultExample.da: may not contain "{{" or "}}": write the example itself, e.g. "elever og forældre"',
      'faggruppeExamples.2.example: needs a Danish text',
      'faggruppeExamples.1.faggruppe: "lærer" is listed twice (also row 1)',
    ]);
  });

  it('drops empty translations so they fall through to the next level', () => {
    const parsed = TenantFramingInput.parse({ defaultExample: { da: ' elever ', en: '' }, faggruppeExamples: [] });
    expect(parsed.defaultExample).toEqual({ da: 'elever' });
  });
});
