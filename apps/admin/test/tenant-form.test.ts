import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLogoFile, LOGO_MAX_BYTES } from '../src/pages/tenants/logo-file.ts';
import { SLUG_PATTERN, slugFromName } from '../src/pages/tenants/slug.ts';
import { brandingOf, defaultCommentThreshold, emptyTenantForm, validateTenantForm, type TenantFormValues } from '../src/pages/tenants/tenant-form.ts';

const form = (patch: Partial<TenantFormValues>): TenantFormValues => ({ ...emptyTenantForm(), name: 'Aarhus Kommune', slug: 'aarhus', ...patch });

describe('tenant short names', () => {
  it('suggests readable short names from Danish names', () => {
    expect(slugFromName('Aarhus Kommune')).toBe('aarhus-kommune');
    expect(slugFromName('Ærø Kommune')).toBe('aeroe-kommune');
    expect(slugFromName('Region Sjælland – Sundhed')).toBe('region-sjaelland-sundhed');
    expect(slugFromName('  Høje-Taastrup  ')).toBe('hoeje-taastrup');
  });

  it('only ever suggests a short name the server accepts, or nothing it could mistake for one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (name) => {
        const slug = slugFromName(name);
        if (slug.length >= 2) expect(slug).toMatch(SLUG_PATTERN);
        expect(slug.length).toBeLessThanOrEqual(63);
      }),
    );
  });
});

describe('tenant form validation', () => {
  it('accepts the defaults once a name and short name are given', () => {
    expect(validateTenantForm(form({}), 'da')).toEqual({});
  });

  it('refuses an anonymity threshold below 3 and explains why', () => {
    expect(validateTenantForm(form({ threshold: 2 }), 'da').threshold?.key).toBe('tenants.validation.thresholdTooLow');
    expect(validateTenantForm(form({ threshold: 3 }), 'da').threshold).toBeUndefined();
    expect(validateTenantForm(form({ threshold: null }), 'da').threshold?.key).toBe('tenants.validation.thresholdWhole');
    expect(validateTenantForm(form({ threshold: 4.5 }), 'da').threshold?.key).toBe('tenants.validation.thresholdWhole');
  });

  it('holds the peers\' threshold at 3 or more, and the comment threshold empty (the default) or at least k', () => {
    expect(validateTenantForm(form({ peerThreshold: 2 }), 'da').peerThreshold?.key).toBe('tenants.validation.peerThresholdTooLow');
    expect(validateTenantForm(form({ peerThreshold: null }), 'da').peerThreshold?.key).toBe('tenants.validation.peerThresholdWhole');
    expect(validateTenantForm(form({ peerThreshold: 3 }), 'da').peerThreshold).toBeUndefined();
    expect(validateTenantForm(form({ commentThreshold: null }), 'da').commentThreshold).toBeUndefined();
    expect(validateTenantForm(form({ threshold: 7, commentThreshold: 6 }), 'da').commentThreshold).toEqual({ key: 'tenants.validation.commentThresholdBelowK', params: { k: 7 } });
    expect(validateTenantForm(form({ threshold: 7, commentThreshold: 7 }), 'da').commentThreshold).toBeUndefined();
    expect(validateTenantForm(form({ commentThreshold: 6.5 }), 'da').commentThreshold?.key).toBe('tenants.validation.commentThresholdWhole');
    expect(defaultCommentThreshold(3)).toBe(5);
    expect(defaultCommentThreshold(8)).toBe(8);
  });

  it('refuses brand colours white button text cannot be read on, naming the ratio', () => {
    const problem = validateTenantForm(form({ primaryColor: '#ffe066' }), 'da').primaryColor;
    expect(problem?.key).toBe('tenants.validation.contrastTooLow');
    expect(problem?.params?.ratio).toMatch(/^1,\d$/);
    expect(validateTenantForm(form({ primaryColor: '#1f6f4a' }), 'da').primaryColor).toBeUndefined();
    expect(validateTenantForm(form({ primaryColor: 'blue' }), 'da').primaryColor?.key).toBe('tenants.validation.colorInvalid');
  });

  it('flags a missing name and a malformed short name', () => {
    const problems = validateTenantForm(form({ name: '  ', slug: '-bad' }), 'en');
    expect(problems.name?.key).toBe('tenants.validation.nameRequired');
    expect(problems.slug?.key).toBe('tenants.validation.slugInvalid');
  });

  it('sends only the branding that was set', () => {
    expect(brandingOf(form({}))).toEqual({});
    expect(brandingOf(form({ primaryColor: ' #1F6F4A ', logoDataUrl: 'data:image/png;base64,AAAA' }))).toEqual({
      primaryColor: '#1f6f4a',
      logoDataUrl: 'data:image/png;base64,AAAA',
    });
  });
});

describe('logo files', () => {
  it('accepts images up to the server limit and refuses anything else before reading it', () => {
    expect(checkLogoFile({ type: 'image/png', size: LOGO_MAX_BYTES })).toBeNull();
    expect(checkLogoFile({ type: 'image/svg+xml', size: 2000 })).toBeNull();
    expect(checkLogoFile({ type: 'image/png', size: LOGO_MAX_BYTES + 1 })).toEqual({ ok: false, reason: 'size', kb: 257 });
    expect(checkLogoFile({ type: 'application/pdf', size: 10 })).toMatchObject({ ok: false, reason: 'type' });
  });
});
