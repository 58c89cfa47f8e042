import type { ReportPlugin, ReportScope } from '@spejl/plugin-sdk';
import { mayReadLeader, mayReadTenant, type ReportReader } from './report-access.ts';
import { chainsWithSubjects, type RoundResults } from './round-reports.ts';

/** A leader of a closed round as the results page lists them. */
export interface ResultLeader {
  readonly personId: string;
  readonly name: string;
  readonly unitName: string | null;
  /** 0 for the top of the organisation. */
  readonly depth: number;
  readonly managerId: string | null;
  /** Whether the round evaluated this leader (has a leader report); listed otherwise only for the chain report. */
  readonly evaluated: boolean;
}

/** What a reader may open in a closed round: the reports in use and the leaders whose reports they may read. */
export interface RoundResultsIndex {
  readonly roundId: string;
  readonly name: string;
  readonly closedAt: string | null;
  readonly threshold: number;
  readonly reports: readonly { readonly id: string; readonly scope: ReportScope; readonly title: string }[];
  readonly leaders: readonly ResultLeader[];
  readonly organisationOverview: boolean;
  /** Whether the round asked open questions (its comments can be exported once released). */
  readonly asksQuestions: boolean;
  /** Whether its comments are released to reports. */
  readonly commentsReleased: boolean;
}

/** Lists the reports and leaders a reader may open, in the hierarchy's reading order. */
export function roundResultsIndex(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, locale: 'da' | 'en'): RoundResultsIndex {
  const { tree } = results.source.rollup;
  const policy = { superiorReadsReports: results.superiorReadsReports };
  const idOf = (slot: number) => tree.personIds[tree.leaderPerson[slot]!]!;
  const covered = chainsWithSubjects(results);
  const leaders: ResultLeader[] = [];
  for (const slot of tree.readingOrder) {
    const personId = idOf(slot);
    if (!covered.has(personId) || !mayReadLeader(reader, personId, tree, policy)) continue;
    const parent = tree.leaderParent[slot]!;
    const leader = results.source.leaders[slot];
    leaders.push({
      personId, name: leader?.name ?? personId, unitName: leader?.unitName ?? null, depth: tree.leaderDepth[slot]!, managerId: parent < 0 ? null : idOf(parent),
      evaluated: results.subjects.has(personId),
    });
  }
  const enabled = new Set(results.configs.filter((c) => c.enabled).map((c) => c.reportId));
  const reports = plugins
    .filter((p) => enabled.has(p.id) && (p.scope !== 'tenant' || mayReadTenant(reader)))
    .map((p) => ({ id: p.id, scope: p.scope, title: p.title[locale] ?? p.title.da }));
  return {
    roundId: results.roundId,
    name: results.source.round.name,
    closedAt: results.source.round.closedAt,
    threshold: results.source.rollup.k,
    reports,
    leaders,
    organisationOverview: mayReadTenant(reader) && reports.some((r) => r.scope === 'tenant'),
    asksQuestions: Boolean(results.source.comments),
    commentsReleased: results.source.comments?.released ?? false,
  };
}
