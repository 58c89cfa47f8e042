import { z } from 'zod';
import { LOCALES, type Locale } from '../locales.ts';
import { RATER_ROLES, type RaterRole } from '../roles.ts';
import { SECTORS } from '../sectors.ts';
import { PluginId, SemverVersion } from '../ids.ts';
import type { DefinitionIssue } from '../errors.ts';
import { EXAMPLE_PLACEHOLDER, placeholderProblem, placeholdersIn } from '../framing/placeholders.ts';

const roleName = z.string().superRefine((role, ctx) => {
  if (!(RATER_ROLES as readonly string[]).includes(role)) ctx.addIssue({ code: 'custom', message: `"${role}" is not a rater role; use ${RATER_ROLES.join(', ')}` });
});
const localeName = z.string().refine((l) => (LOCALES as readonly string[]).includes(l), { error: (iss) => `${JSON.stringify(iss.input)} is not a locale; use ${LOCALES.join(', ')}` });

function uniqueList<T extends z.ZodType<string>>(item: T, what: string) {
  return z
    .array(item, { error: `must be a list of ${what}` })
    .min(1, { error: `must name at least one ${what.replace(/s$/, '')}` })
    .refine((xs) => new Set(xs).size === xs.length, { error: `lists a ${what.replace(/s$/, '')} twice` });
}

/** The part of a theme the rest of its schema depends on: which roles and locales every text must cover. */
export const ThemeHeader = z.looseObject({
  id: PluginId,
  version: SemverVersion,
  roles: uniqueList(roleName, 'rater roles'),
  locales: uniqueList(localeName, 'locales').refine((ls) => ls.includes('da'), { error: 'must include "da": every theme ships Danish, the default language' }),
});

function text(locale: Locale, allowPlaceholder: boolean) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? `missing the "${locale}" text` : `the "${locale}" text must be a string`) })
    .superRefine((value, ctx) => {
      if (!value.trim()) ctx.addIssue({ code: 'custom', message: `the "${locale}" text is empty` });
      const problem = placeholderProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
      else if (!allowPlaceholder && placeholdersIn(value).length) ctx.addIssue({ code: 'custom', message: `placeholders cannot be used here, only in intros and statements` });
    });
}

function strictRecord<K extends string, V extends z.ZodType>(keys: readonly K[], value: (key: K) => V, what: string, missing: string) {
  const shape = Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') return `${iss.keys.map((k) => `"${k}"`).join(', ')} ${iss.keys.length > 1 ? 'are' : 'is'} not ${what}; declared: ${keys.join(', ')}`;
      if (iss.input === undefined) return missing;
      return undefined;
    },
  });
}

/** Builds the schema of a theme whose texts must cover exactly `roles` × `locales`. */
export function themeSchema(roles: readonly RaterRole[], locales: readonly Locale[]) {
  const texts = (missing = 'missing', placeholders = false) =>
    strictRecord(locales, (l) => text(l, placeholders), 'a declared locale', `${missing} (needs ${locales.join(', ')})`);
  const roleTexts = (what: string) =>
    strictRecord(roles, (r) => texts(`missing the ${r} ${what}`, true), 'a declared role', `missing the ${what} for every role (needs ${roles.join(', ')})`);
  const guidanceLevel = z.strictObject({
    title: texts('missing the title'),
    intro: texts().optional(),
    questionsIntro: texts().optional(),
    questions: z.array(texts('missing the question')),
    casesIntro: texts().optional(),
    cases: z.array(z.strictObject({ title: texts('missing the case title'), body: texts('missing the case text') })),
  });
  const sectors = strictRecord(SECTORS, () => texts().optional(), 'a sector', 'missing');

  return z.strictObject({
    id: PluginId,
    version: SemverVersion,
    roles: z.array(z.enum(RATER_ROLES)),
    locales: z.array(z.enum(LOCALES)),
    scale: z.literal('agree5', { error: 'the only scale is "agree5"' }).default('agree5'),
    title: texts('missing the title'),
    about: z.strictObject({ what: texts('missing "what"'), why: texts('missing "why"'), how: texts().optional() }, { error: 'missing "about" (what, why)' }),
    intro: roleTexts('intro'),
    items: z
      .array(z.strictObject({ id: PluginId, label: texts('missing the label'), text: roleTexts('statement') }), { error: 'must be a list of items' })
      .min(1, { error: 'a theme needs at least one item' }),
    questions: z
      .array(z.strictObject({ id: PluginId, label: texts('missing the label'), text: roleTexts('question') }), { error: 'must be a list of open questions' })
      .max(MAX_OPEN_QUESTIONS, { error: `a theme has at most ${MAX_OPEN_QUESTIONS} open questions` })
      .optional(),
    framing: z.strictObject({ neutral: texts('missing the neutral wording'), sectors: sectors.optional(), note: texts().optional() }).optional(),
    guidance: z.strictObject({ title: texts('missing the title'), organisation: guidanceLevel.optional(), leader: guidanceLevel.optional() }).optional(),
    initiatives: z
      .array(z.strictObject({
        id: PluginId,
        title: texts('missing the title'),
        description: texts('missing the description'),
        followUpMonths: z.number({ error: 'followUpMonths must be a number of months' }).int({ error: 'followUpMonths must be a whole number of months' })
          .min(1, { error: 'followUpMonths must be at least 1' }).max(24, { error: 'followUpMonths must be at most 24' }),
      }), { error: 'must be a list of initiative templates' })
      .max(MAX_INITIATIVE_TEMPLATES, { error: `a theme suggests at most ${MAX_INITIATIVE_TEMPLATES} initiatives` })
      .optional(),
  });
}

/** Initiative templates one theme may suggest. */
export const MAX_INITIATIVE_TEMPLATES = 10;

/** Open questions one theme may ask: a few, so a form stays short enough to finish on a phone. */
export const MAX_OPEN_QUESTIONS = 5;

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

function duplicateIds(entries: readonly unknown[], field: string, what: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path: `${field}.${i}.id`, message: `duplicate ${what} id "${id}" (also ${field}.${first}.id)` });
    else seen.set(id, i);
  });
  return issues;
}

/**
 * Checks that span several fields (duplicate item ids; the example placeholder needs
 * neutral framing). Reads the raw input defensively so these issues are reported
 * together with the schema's, not only after every field is right.
 */
export function crossCheckTheme(input: Record<string, unknown>): DefinitionIssue[] {
  const items = Array.isArray(input.items) ? (input.items as unknown[]) : [];
  const questions = Array.isArray(input.questions) ? (input.questions as unknown[]) : [];
  const initiatives = Array.isArray(input.initiatives) ? (input.initiatives as unknown[]) : [];
  const issues = [...duplicateIds(items, 'items', 'item'), ...duplicateIds(questions, 'questions', 'question'), ...duplicateIds(initiatives, 'initiatives', 'initiative template')];
  const texts = [...items, ...questions].map((entry) => (entry as { text?: unknown } | null)?.text);
  const usesExample = textsOf([input.intro, texts]).some((t) => placeholdersIn(t).length > 0);
  if (usesExample && !input.framing) {
    issues.push({ path: 'framing', message: `texts use {{${EXAMPLE_PLACEHOLDER}}} but framing.neutral is missing: give the wording used when no example is configured` });
  }
  return issues;
}
