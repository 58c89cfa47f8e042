import type { Locale, Texts } from './locales.ts';

/** Who answers about a leader: employees, the leader, the leader's superior. */
export const RATER_ROLES = ['employee', 'self', 'superior'] as const;
/** A rater role a round can ask today. */
export type RaterRole = (typeof RATER_ROLES)[number];
/** Roles named in the design but not yet asked; a theme may not declare them yet. */
export const RESERVED_ROLES = ['peer'] as const;
/** Employee forms are anonymous and threshold-protected; the others are one known person each. */
export const ANONYMOUS_ROLES: readonly RaterRole[] = ['employee'];

/** One text per declared role, each in every declared locale. */
export type RoleTexts<R extends RaterRole, L extends Locale> = { readonly [K in R]: Texts<L> };

/** Role names as respondents and readers see them. */
export const RATER_ROLE_LABELS: Record<RaterRole, Texts> = {
  employee: { da: 'Medarbejdere', en: 'Employees' },
  self: { da: 'Leder selv', en: 'Leader (self)' },
  superior: { da: 'Overordnet leder', en: 'Superior' },
};
