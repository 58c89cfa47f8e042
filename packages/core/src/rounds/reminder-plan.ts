import type { PlannedReminder } from '@spejl/db';
import { calendarDayOf, DEFAULT_TIME_ZONE, instantOfWallClock } from '@spejl/plugin-sdk';

/** How many reminders a round sends when the admin does not say: two, to those who have not finished. */
export const DEFAULT_REMINDER_COUNT = 2;

/** The time of day, on the tenant's clock, a default reminder goes out: people read it at work, not at night. */
export const DEFAULT_REMINDER_TIME = '09:00';

const DAY = 86_400_000;

/** Whether a calendar day ("2026-12-07") is a Saturday or a Sunday. */
function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** 09:00 on the tenant's clock on the day `at` falls on, or the first weekday after it, still after `after` and before `before`; undefined when no such morning fits. */
function workingMorning(at: number, after: number, before: number, timeZone: string): number | undefined {
  const first = Date.parse(`${calendarDayOf(new Date(at), timeZone)}T12:00:00Z`);
  for (let day = 0; day < 7; day++) {
    const date = new Date(first + day * DAY).toISOString().slice(0, 10);
    const morning = instantOfWallClock(`${date}T${DEFAULT_REMINDER_TIME}`, timeZone)?.getTime();
    if (morning === undefined || morning >= before) return undefined;
    if (morning > after && !isWeekend(date)) return morning;
  }
  return undefined;
}

/**
 * Reminders spread evenly over the open period (for two, at one third and two thirds of the way),
 * each moved to 09:00 on a weekday in the tenant's time zone. A round too short for that keeps the
 * even spread as it falls.
 */
export function defaultReminderPlan(opensAt: Date, closesAt: Date, count = DEFAULT_REMINDER_COUNT, timeZone: string = DEFAULT_TIME_ZONE): PlannedReminder[] {
  const opens = opensAt.getTime();
  const closes = closesAt.getTime();
  const even = Array.from({ length: count }, (_, i) => opens + ((closes - opens) * (i + 1)) / (count + 1));
  const mornings: number[] = [];
  for (const at of even) {
    const morning = workingMorning(at, mornings.at(-1) ?? opens, closes, timeZone);
    if (morning === undefined) return even.map((t) => ({ at: new Date(t).toISOString() }));
    mornings.push(morning);
  }
  return mornings.map((t) => ({ at: new Date(t).toISOString() }));
}
