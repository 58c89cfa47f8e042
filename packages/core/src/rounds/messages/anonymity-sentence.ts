import type { FormRole } from '@spejl/db';
import { RATER_ROLE_LABELS } from '@spejl/plugin-sdk';

/**
 * What a round mail promises about the recipient's answers, from the forms they actually hold:
 * only answers about one's own leader are anonymous (shown together, from k answers); a leader's
 * answers about themself and a superior's about their leaders stand on their own in the report,
 * so telling them "anonymous" would be a false promise. Answers as a peer (sideordnet leder) are
 * anonymous under the peers' own threshold. A person may hold several roles.
 */
const SENTENCES: Record<'da' | 'en', Record<FormRole, (k: number) => string>> = {
  da: {
    employee: (k) => `Dine svar om din leder er anonyme: de vises kun samlet, når mindst ${k} har svaret.`,
    self: () => `Dine svar om dig selv er ikke anonyme: de vises for sig som din egen vurdering ("${RATER_ROLE_LABELS.self.da}") i rapporten om dig.`,
    superior: () => `Dine svar om de ledere, du er overordnet, er ikke anonyme: de vises for sig som den overordnede leders vurdering ("${RATER_ROLE_LABELS.superior.da}") i rapporten om hver af dem.`,
    peer: (k) => `Dine svar som sideordnet leder er anonyme: de vises kun samlet med andre sideordnede lederes svar, når mindst ${k} har svaret, og aldrig sammen med medarbejdernes.`,
  },
  en: {
    employee: (k) => `Your answers about your leader are anonymous: they are only shown combined, when at least ${k} people have answered.`,
    self: () => `Your answers about yourself are not anonymous: they are shown on their own as your own assessment ("${RATER_ROLE_LABELS.self.en}") in your report.`,
    superior: () => `Your answers about the leaders you are the superior of are not anonymous: they are shown on their own as the superior's assessment ("${RATER_ROLE_LABELS.superior.en}") in the report on each of them.`,
    peer: (k) => `Your answers as a peer are anonymous: they are only shown combined with other peers' answers, when at least ${k} peers have answered, and never together with the employees'.`,
  },
};

/** The order the sentences are said in, whatever order the forms came in. */
const ORDER: readonly FormRole[] = ['employee', 'self', 'superior', 'peer'];

/** The `{{anonymity}}` sentence for a recipient holding forms in `roles`; empty when they hold none. */
export function anonymitySentence(roles: readonly FormRole[], threshold: number, locale: 'da' | 'en', peerThreshold: number): string {
  return ORDER.filter((role) => roles.includes(role))
    .map((role) => SENTENCES[locale][role](role === 'peer' ? peerThreshold : threshold))
    .join(' ');
}

/**
 * The anonymity sentence the default invitation said to everyone before it was per person. A
 * round saved with it unedited says the true sentence instead: the old one promised leaders and
 * superiors an anonymity they do not have.
 */
const LEGACY_SENTENCE = {
  da: 'Dine svar om din leder er anonyme: de vises kun samlet, når mindst {{threshold}} har svaret.',
  en: 'Your answers about your leader are anonymous: they are only shown combined, when at least {{threshold}} people have answered.',
} as const;

/** A mail text with the old everyone-is-anonymous default sentence replaced by the `{{anonymity}}` placeholder. */
export function withoutLegacyAnonymity(body: string): string {
  return Object.values(LEGACY_SENTENCE).reduce((text, legacy) => text.split(legacy).join('{{anonymity}}'), body);
}
