/** What a planned reminder is, as the round's own dates tell: still ahead, past while the round was open, or never sent because the round closed first. */
export type ReminderState = 'planned' | 'due' | 'cancelled';

/** The parts of a round its reminders' states depend on. */
export interface RoundDates {
  status: 'draft' | 'open' | 'closed' | 'archived';
  closesAt: string | Date;
  closedAt: string | Date | null;
  reminders: readonly { at: string }[];
}

/**
 * Each planned reminder with its state. A closed round sends nothing more, so a reminder planned
 * after it closed (an admin may close early) was never sent; one planned before came due while it
 * was open. A draft's reminders are all still ahead.
 */
export function reminderStates(round: RoundDates, now: Date): { at: string; state: ReminderState }[] {
  const ended = round.status === 'closed' || round.status === 'archived' ? new Date(round.closedAt ?? round.closesAt).getTime() : null;
  return round.reminders.map(({ at }) => {
    const when = new Date(at).getTime();
    if (ended !== null) return { at, state: when > ended ? 'cancelled' : 'due' };
    return { at, state: round.status === 'open' && when <= now.getTime() ? 'due' : 'planned' };
  });
}
