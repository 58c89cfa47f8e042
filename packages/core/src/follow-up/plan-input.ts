import { z } from 'zod';

/** How far a focus point has come. */
export const focusStatusSchema = z.enum(['not-started', 'in-progress', 'done']);

/** A calendar day, YYYY-MM-DD, that exists. */
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((day) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
});

/** One focus point as the leader writes it: a theme, or one of its items, with actions, a date and a status. */
export const focusPointSchema = z.object({
  themeId: z.string().min(1).max(100),
  itemId: z.string().min(1).max(100).nullable(),
  actions: z.string().max(4000),
  dueOn: calendarDay.nullable(),
  status: focusStatusSchema,
});

/** Everything the leader writes in their plan; saved whole, so nothing half-saved can be acknowledged. */
export const planDraftSchema = z.object({
  readingNotes: z.tuple([z.string().max(4000), z.string().max(4000), z.string().max(4000)]),
  focusPoints: z.array(focusPointSchema).max(3),
  talkAt: z.iso.datetime({ offset: true }),
  agreements: z.string().max(8000),
  talkHeld: z.boolean(),
});

/** A focus point as stored and shown. */
export type FocusPoint = z.output<typeof focusPointSchema>;
/** What the leader saves. */
export type PlanDraft = z.output<typeof planDraftSchema>;
/** Where a focus point stands. */
export type FocusStatus = z.output<typeof focusStatusSchema>;
