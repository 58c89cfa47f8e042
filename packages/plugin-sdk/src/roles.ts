import type { Locale, Texts } from './locales.ts';

/**
 * Who answers about a leader: employees, the leader, the leader's superior, and peers (sideordnede
 * ledere: leaders who work closely with the subject, named per subject before a round launches).
 */
export const RATER_ROLES = ['employee', 'self', 'superior', 'peer'] as const;
/** A rater role a round can ask. */
export type RaterRole = (typeof RATER_ROLES)[number];
/**
 * Employee and peer forms are anonymous, each role under its own threshold and never mixed;
 * self and superior are one known person each.
 */
export const ANONYMOUS_ROLES: readonly RaterRole[] = ['employee', 'peer'];

/**
 * The roles an organisation's own (local) questions are worded for: peers answer only themes
 * written for them, whose statements are about collaboration between leaders.
 */
export const LOCAL_QUESTION_ROLES = ['employee', 'self', 'superior'] as const satisfies readonly RaterRole[];
/** A role local questions are worded for. */
export type LocalQuestionRole = (typeof LOCAL_QUESTION_ROLES)[number];

/** One text per declared role, each in every declared locale. */
export type RoleTexts<R extends RaterRole, L extends Locale> = { readonly [K in R]: Texts<L> };

/** Role names as respondents and readers see them. */
export const RATER_ROLE_LABELS: Record<RaterRole, Texts> = {
  employee: { da: 'Medarbejdere', en: 'Employees' },
  self: { da: 'Leder selv', en: 'Leader (self)' },
  superior: { da: 'Overordnet leder', en: 'Superior' },
  peer: { da: 'Sideordnede ledere', en: 'Peers' },
};
