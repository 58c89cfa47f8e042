import { z } from 'zod';

const mailText = z.object({
  subject: z.string().trim().min(1, 'the subject is empty').max(200),
  body: z.string().trim().min(1, 'the text is empty').max(10_000).refine((b) => b.includes('{{link}}'), 'the text must contain {{link}}, where the personal link goes'),
});
const mailTexts = z.object({ da: mailText, en: mailText });

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
    texts: z.object({ invitation: mailTexts, reminder: mailTexts }).optional(),
  })
  .refine((s) => !s.opensAt || !s.closesAt || s.closesAt > s.opensAt, { path: ['closesAt'], message: 'the closing date must be after the opening date' })
  .refine((s) => new Set(s.themes.map((t) => t.id)).size === s.themes.length, { path: ['themes'], message: 'a theme is chosen twice' });

/** Round settings as the admin gives them. */
export type RoundSettingsInput = z.input<typeof roundSettingsSchema>;
/** Round settings after validation and defaults. */
export type RoundSettings = z.output<typeof roundSettingsSchema>;

/** How long a round is open when the admin gives no closing date. */
export const DEFAULT_OPEN_DAYS = 14;
