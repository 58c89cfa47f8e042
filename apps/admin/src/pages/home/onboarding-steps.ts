import type { RouteLocationRaw } from 'vue-router';

/** The checklist's steps as the API names them. */
export type OnboardingStep = 'branding' | 'people' | 'themes' | 'reports' | 'round';

/** Where each step is done in the console. */
export const STEP_PAGES: Record<OnboardingStep, RouteLocationRaw> = {
  branding: { name: 'settings' },
  people: { name: 'people-import' },
  themes: { name: 'themes' },
  reports: { name: 'report-settings' },
  round: { name: 'rounds' },
};

/** One step's extra line, from the facts the server found: an i18n key and its values, or null. */
export function stepFact(step: OnboardingStep, done: boolean, facts: Record<string, number>): { key: string; values: Record<string, number> } | null {
  if (step === 'people' && done) return { key: 'onboarding.checklist.facts.people', values: { n: facts.people ?? 0 } };
  if (step === 'round' && !done && (facts.drafts ?? 0) > 0) return { key: 'onboarding.checklist.facts.drafts', values: {} };
  return null;
}
