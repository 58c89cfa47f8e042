import { trpc } from '../../api/trpc.ts';

/** vue-query keys of a tenant's rounds. */
export const roundKeys = {
  list: (tenantId: string) => ['rounds', tenantId, 'list'] as const,
  one: (tenantId: string, roundId: string) => ['rounds', tenantId, roundId] as const,
  progress: (tenantId: string, roundId: string) => ['rounds', tenantId, roundId, 'progress'] as const,
  themes: (tenantId: string) => ['rounds', tenantId, 'themes'] as const,
  scope: (tenantId: string, scope: unknown, exempt: readonly string[]) => ['rounds', tenantId, 'scope', scope, exempt] as const,
  preview: (tenantId: string, roundId: string, audience: { role: string; locale: string; faggruppe: string | null }) => ['rounds', tenantId, roundId, 'preview', audience] as const,
};

/** A round as the API returns it. */
export type RoundView = Awaited<ReturnType<typeof trpc.rounds.get.query>>;
/** A round's progress and mail delivery. */
export type ProgressView = Awaited<ReturnType<typeof trpc.rounds.progress.query>>;

/** "42 %" for a finished/total pair, or a dash when nothing is asked. */
export function percent(finished: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((100 * finished) / total)} %`;
}
