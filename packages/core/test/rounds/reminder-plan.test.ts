import { wallClockOf } from '@spejl/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { defaultReminderPlan } from '../../src/rounds/reminder-plan.ts';

const CPH = 'Europe/Copenhagen';
const wall = (plan: { at: string }[], zone = CPH) => plan.map((r) => wallClockOf(r.at, zone));

describe('defaultReminderPlan', () => {
  it('puts the reminders of a round created late in the day at 09:00 on weekdays, not at night', () => {
    // Created Monday 7 December 2026 at 17:18 Danish time, closing 14 days later: the even split is Saturday at 08:26 and Thursday at 01:26.
    const opens = new Date('2026-12-07T16:18:00Z');
    const closes = new Date('2026-12-21T16:18:00Z');
    expect(wall(defaultReminderPlan(opens, closes))).toEqual(['2026-12-14T09:00', '2026-12-17T09:00']);
  });

  it('moves a reminder that falls on a weekend to the Monday', () => {
    // The even split of a 9-day round opening Monday 7 December lands on Thursday and Sunday.
    const opens = new Date('2026-12-07T08:00:00Z');
    const closes = new Date('2026-12-16T08:00:00Z');
    expect(wall(defaultReminderPlan(opens, closes))).toEqual(['2026-12-10T09:00', '2026-12-14T09:00']);
  });

  it('keeps 09:00 on the tenant\'s own clock, in summer time and in another zone', () => {
    const opens = new Date('2026-06-01T10:00:00Z');
    const closes = new Date('2026-06-15T10:00:00Z');
    expect(wall(defaultReminderPlan(opens, closes, 2, CPH))).toEqual(['2026-06-08T09:00', '2026-06-10T09:00']);
    expect(wall(defaultReminderPlan(opens, closes, 2, 'America/New_York'), 'America/New_York')).toEqual(['2026-06-05T09:00', '2026-06-10T09:00']);
  });

  it('keeps every reminder inside the open period and in order', () => {
    for (const days of [3, 5, 7, 10, 14, 21, 30]) {
      for (let hour = 0; hour < 24; hour += 5) {
        const opens = new Date(Date.UTC(2026, 2, 20 + (hour % 7), hour, 17));
        const closes = new Date(opens.getTime() + days * 86_400_000);
        const plan = defaultReminderPlan(opens, closes).map((r) => Date.parse(r.at));
        expect(plan).toHaveLength(2);
        expect(plan[0]!).toBeGreaterThan(opens.getTime());
        expect(plan[1]!).toBeGreaterThan(plan[0]!);
        expect(plan[1]!).toBeLessThan(closes.getTime());
      }
    }
  });

  it('spreads a round too short for two working mornings evenly, as before', () => {
    const opens = new Date('2026-12-07T10:00:00Z');
    const closes = new Date('2026-12-07T16:00:00Z');
    expect(defaultReminderPlan(opens, closes).map((r) => r.at)).toEqual(['2026-12-07T12:00:00.000Z', '2026-12-07T14:00:00.000Z']);
  });
});
