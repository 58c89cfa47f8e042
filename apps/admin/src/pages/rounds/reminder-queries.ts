import type { trpc } from '../../api/trpc.ts';

/** vue-query keys of a round's reminders; under the round's own key, so refreshing the round refreshes them. */
export const reminderKeys = {
  preview: (tenantId: string, roundId: string, chainOf: string | null) => ['rounds', tenantId, roundId, 'reminders', 'preview', chainOf] as const,
  history: (tenantId: string, roundId: string) => ['rounds', tenantId, roundId, 'reminders', 'history'] as const,
};

/** Who a reminder sent now goes to: everyone unfinished, or those in one leader's chain (named for the dialog). */
export interface ReminderTarget {
  chainOf: string | null;
  name: string | null;
}

/** One entry of a round's reminder history. */
export type ReminderEntry = Awaited<ReturnType<typeof trpc.rounds.reminderHistory.query>>[number];
