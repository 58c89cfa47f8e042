import { z } from 'zod';
import { MEETING_MODEL_IDS } from './meeting-models.ts';

/** A calendar day, `YYYY-MM-DD`, that exists. */
const day = z.iso.date();
/** A time of day, `HH:MM`. */
const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

/** What a leader chooses when planning their dialogue meeting. */
export const meetingPlanInput = z.object({
  model: z.enum(MEETING_MODEL_IDS),
  date: day,
  startTime: time.default('09:00'),
  themeIds: z.array(z.string().min(1).max(100)).min(1).max(12),
});
/** A plan as the API receives it. */
export type MeetingPlanInput = z.output<typeof meetingPlanInput>;

/** The longest agreements a meeting keeps (the database checks the same). */
export const AGREEMENTS_MAX = 10_000;

/** The team's agreements as the leader writes them down. */
export const agreementsInput = z.object({ agreements: z.string().trim().min(1).max(AGREEMENTS_MAX) });
