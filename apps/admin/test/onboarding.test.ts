import { describe, expect, it } from 'vitest';
import { stepFact, type OnboardingStep } from '../src/pages/home/onboarding-steps.ts';
import { emptyTenantForm, validateTenantForm } from '../src/pages/tenants/tenant-form.ts';

const form = (firstAdminEmail: string) => ({ ...emptyTenantForm(), name: 'Skovby Kommune', slug: 'skovby', firstAdminEmail });

describe('the first admin on the new-tenant form', () => {
  it('is optional, and an address is checked before anything is sent', () => {
    expect(validateTenantForm(form(''), 'da')).toEqual({});
    expect(validateTenantForm(form(' hr@skovby.dk '), 'da')).toEqual({});
    for (const bad of ['hr', 'hr@skovby', 'hr skovby@kommune.dk', '@skovby.dk', 'hr@skovby.d']) {
      expect(validateTenantForm(form(bad), 'da'), bad).toEqual({ firstAdminEmail: { key: 'onboarding.firstAdmin.invalid' } });
    }
  });
});

describe("a new organisation's checklist", () => {
  it('says how many people were found once imported, and that a round is only a draft until it is sent', () => {
    expect(stepFact('people', true, { people: 16 })).toEqual({ key: 'onboarding.checklist.facts.people', values: { n: 16 } });
    expect(stepFact('people', false, { people: 0 })).toBeNull();
    expect(stepFact('round', false, { launched: 0, drafts: 1 })).toEqual({ key: 'onboarding.checklist.facts.drafts', values: {} });
    expect(stepFact('round', false, { launched: 0, drafts: 0 })).toBeNull();
    for (const step of ['branding', 'themes', 'reports'] as OnboardingStep[]) expect(stepFact(step, true, {})).toBeNull();
  });
});
