import type { ReportPlugin, ReportScope } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { roundResultsIndex, type ResultLeader } from './round-index.ts';
import type { ReportReader } from './report-access.ts';
import type { RoundResultsCache } from './results-cache.ts';
import { loadRoundResults } from './round-reports.ts';

/** One closed round as a leader's own page shows it. */
export interface MyRoundReports {
  readonly roundId: string;
  readonly name: string;
  readonly closedAt: string | null;
  /** The leader and chain reports in use (never the organisation overview). */
  readonly reports: readonly { readonly id: string; readonly scope: ReportScope; readonly title: string }[];
  /** The reader as a leader of the round; null when they were not a leader in its frozen hierarchy. */
  readonly own: ResultLeader | null;
  /** The leaders directly below the reader whose reports the tenant lets them read. */
  readonly directReports: readonly ResultLeader[];
}

/**
 * The closed rounds in which a leader has reports to read, newest first: their own and, when the
 * tenant allows it, their direct reports'. Access comes from the same index as the results page,
 * so this page can never offer more than the report procedures would serve.
 */
export async function myReports(
  tx: TenantTx, tenantId: string, reader: ReportReader, plugins: readonly ReportPlugin[], locale: 'da' | 'en', cache?: RoundResultsCache,
): Promise<MyRoundReports[]> {
  // Admins and analysts read everything from the results pages; this page is a leader's own view.
  if (reader.role !== 'leader' || reader.personId === null) return [];
  // Only rounds whose frozen hierarchy has the reader: the others cannot hold a report of theirs.
  const rounds = await tx
    .selectFrom('rounds')
    .innerJoin('round_people as p', (j) => j.onRef('p.tenant_id', '=', 'rounds.tenant_id').onRef('p.round_id', '=', 'rounds.id'))
    .select('rounds.id')
    .where('rounds.status', 'in', ['closed', 'archived'])
    // A pulse copies its main round's whole hierarchy but asks a few teams: its result is shown with the main round's plan (pulses/).
    .where('rounds.parent_round_id', 'is', null)
    .where('p.person_id', '=', reader.personId)
    .orderBy('rounds.closed_at', 'desc')
    .execute();
  const out: MyRoundReports[] = [];
  for (const round of rounds) {
    const index = roundResultsIndex(await loadRoundResults(tx, tenantId, round.id, plugins, cache), plugins, reader, locale);
    const own = index.leaders.find((l) => l.personId === reader.personId) ?? null;
    const directReports = index.leaders.filter((l) => l.personId !== reader.personId);
    if (!own && directReports.length === 0) continue;
    out.push({ roundId: index.roundId, name: index.name, closedAt: index.closedAt, reports: index.reports.filter((r) => r.scope !== 'tenant'), own, directReports });
  }
  return out;
}
