import { describe, expect, it } from 'vitest';
import { reminderStates } from '../src/pages/rounds/reminder-states.ts';

const reminders = [{ at: '2026-05-05T07:00:00.000Z' }, { at: '2026-05-12T07:00:00.000Z' }];
const round = { closesAt: '2026-05-15T21:59:00.000Z', closedAt: null, reminders };
const states = (r: Parameters<typeof reminderStates>[0], now = '2026-05-08T12:00:00.000Z') => reminderStates(r, new Date(now)).map((s) => s.state);

describe("a round's planned reminders", () => {
  it('are all ahead while the round is a draft, even past their time', () => {
    expect(states({ ...round, status: 'draft' }, '2026-06-01T00:00:00.000Z')).toEqual(['planned', 'planned']);
  });

  it('come due one by one while the round is open', () => {
    expect(states({ ...round, status: 'open' })).toEqual(['due', 'planned']);
  });

  it('are not sent when the round closed before their time, and stay as they were after it is archived', () => {
    const closedEarly = { ...round, status: 'closed' as const, closedAt: '2026-05-08T12:00:00.000Z' };
    expect(states(closedEarly, '2026-06-01T00:00:00.000Z')).toEqual(['due', 'cancelled']);
    expect(states({ ...closedEarly, status: 'archived' }, '2026-06-01T00:00:00.000Z')).toEqual(['due', 'cancelled']);
    expect(states({ ...round, status: 'closed', closedAt: '2026-05-15T21:59:00.000Z' }, '2026-06-01T00:00:00.000Z')).toEqual(['due', 'due']);
  });
});
