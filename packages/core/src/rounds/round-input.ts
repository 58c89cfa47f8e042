import { z } from 'zod';
import { codedParams } from '../errors/zod-issues.ts';
import { placeholdersIn, secretPlaceholdersIn } from './messages/placeholders.ts';

const mailText = z.object({
  subject: z.string().trim().min(1, 'the subject is empty').max(200),
  body: z.string().trim().min(1, 'the text is empty').max(10_000),
});
const mailTexts = z.object({ da: mailText, en: mailText });
const MAILS = ['invitation', 'reminder'] as const;
const LANGS = ['da', 'en'] as const;

/**
 * The link where it belongs: in every text (or nobody can answer), never in a subject (a subject
 * is seen in the outbox's list and search and in mail lists; only a text's copy withholds it).
 */
const roundTextsSchema = z.object({ invitation: mailTexts, reminder: mailTexts }).superRefine((texts, ctx) => {
  for (const mail of MAILS) {
    for (const lang of LANGS) {
      const { subject, body } = texts[mail][lang];
      for (const placeholder of secretPlaceholdersIn(subject)) {
        const message = `the ${mail}'s subject (${lang}) may not contain ${placeholder}: the personal link goes only in the text`;
        ctx.addIssue({ code: 'custom', path: [mail, lang, 'subject'], message, params: codedParams('round.secretInSubject', { field: 'subject', mail, lang, placeholder }) });
      }
      if (body && !placeholdersIn(body).includes('link')) {
        const message = `the ${mail}'s text (${lang}) must contain {{link}}, where the personal link goes`;
        ctx.addIssue({ code: 'custom', path: [mail, lang, 'body'], message, params: codedParams('round.linkMissing', { field: 'body', mail, lang, placeholder: '{{link}}' }) });
      }
    }
  }
});

/** Which leaders a round evaluates. */
export const roundScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('chains'), leaderIds: z.array(z.string().trim().min(1)).min(1, 'choose at least one chain') }),
  z.object({ kind: z.literal('levels'), levels: z.array(z.number().int().min(1).max(50)).min(1, 'choose at least one level') }),
]);

/** A theme asked in a round; without a version the registry's current one is pinned. */
export const roundThemeSchema = z.object({
  id: z.string().trim().min(1),
  version: z.string().trim().min(1).optional(),
});

/** Everything an admin sets on a round before launch (zod: the one check at every edge). */
export const roundSettingsSchema = z
  .object({
    name: z.string().trim().min(1, 'give the round a name').max(200),
    themes: z.array(roundThemeSchema).min(1, 'choose at least one theme'),
    scope: roundScopeSchema.default({ kind: 'all' }),
    exemptLeaderIds: z.array(z.string().trim().min(1)).default([]),
    opensAt: z.coerce.date().optional(),
    closesAt: z.coerce.date().optional(),
    /** When the reminders go out; omitted = two, evenly spread. */
    reminders: z.array(z.coerce.date()).max(10).optional(),
    texts: roundTextsSchema.optional(),
  })
  .refine((s) => !s.opensAt || !s.closesAt || s.closesAt > s.opensAt, { path: ['closesAt'], message: 'the closing date must be after the opening date' })
  .refine((s) => new Set(s.themes.map((t) => t.id)).size === s.themes.length, { path: ['themes'], message: 'a theme is chosen twice' });

/** Round settings as the admin gives them. */
export type RoundSettingsInput = z.input<typeof roundSettingsSchema>;
/** Round settings after validation and defaults. */
export type RoundSettings = z.output<typeof roundSettingsSchema>;

/** How long a round is open when the admin gives no closing date. */
export const DEFAULT_OPEN_DAYS = 14;
