import type { PlannedReminder } from '@spejl/db';

/** How many reminders a round sends when the admin does not say: two, to those who have not finished. */
export const DEFAULT_REMINDER_COUNT = 2;

/** Reminders spread evenly over the open period: for two, at one third and two thirds of the way. */
export function defaultReminderPlan(opensAt: Date, closesAt: Date, count = DEFAULT_REMINDER_COUNT): PlannedReminder[] {
  const span = closesAt.getTime() - opensAt.getTime();
  return Array.from({ length: count }, (_, i) => ({ at: new Date(opensAt.getTime() + (span * (i + 1)) / (count + 1)).toISOString() }));
}
