import { z } from 'zod';

/** How long a pulse may stay open: it is a short, second look, not another round. */
export const MAX_PULSE_DAYS = 42;
/** How many statements a pulse may ask: a handful, or it is a round. */
export const MAX_PULSE_ITEMS = 8;
const DAY = 86_400_000;

const personId = z.string().trim().min(1).max(200);

/** What starting a pulse takes (zod: the one check at every edge). */
export const pulseRequestSchema = z
  .object({
    parentRoundId: z.uuid(),
    /** The teams asked: the leaders' direct employees in the main round. Null (admins only): every team large enough. */
    leaderIds: z.array(personId).min(1).max(10_000).nullable().default(null),
    items: z.array(z.object({ theme: z.string().trim().min(1).max(100), item: z.string().trim().min(1).max(100) })).min(1).max(MAX_PULSE_ITEMS),
    name: z.string().trim().min(1).max(200).optional(),
    opensAt: z.coerce.date().optional(),
    closesAt: z.coerce.date(),
    /** The leader's follow-up plan the pulse follows up, when started from one of its focus points. */
    planId: z.uuid().nullable().default(null),
  })
  .refine((r) => new Set(r.items.map((i) => `${i.theme}.${i.item}`)).size === r.items.length, { path: ['items'], message: 'a statement is chosen twice' })
  .refine((r) => !r.leaderIds || new Set(r.leaderIds).size === r.leaderIds.length, { path: ['leaderIds'], message: 'a leader is chosen twice' });

/** A pulse request as the caller gives it. */
export type PulseRequestInput = z.input<typeof pulseRequestSchema>;
/** A pulse request after validation and defaults. */
export type PulseRequest = z.output<typeof pulseRequestSchema>;

/** The pulse's window: opens now unless later, closes after it opens, within MAX_PULSE_DAYS. Null when fine, else the broken field. */
export function windowProblem(opensAt: Date, closesAt: Date, now: Date): 'closesBeforeOpens' | 'closesInPast' | 'tooLong' | null {
  if (closesAt <= opensAt) return 'closesBeforeOpens';
  if (closesAt <= now) return 'closesInPast';
  if (closesAt.getTime() - opensAt.getTime() > MAX_PULSE_DAYS * DAY) return 'tooLong';
  return null;
}
