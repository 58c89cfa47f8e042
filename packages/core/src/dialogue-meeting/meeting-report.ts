import type { Locale, ReportView } from '@spejl/plugin-sdk';
import { codedError } from '../errors/spejl-error.ts';
import { buildReportView } from '../report-view/index.ts';
import type { ReportReader } from '../reports/report-access.ts';
import { assertMayRead, type RoundResults } from '../reports/round-reports.ts';

/** The leader whose meeting it is: the reader themselves, a leader linked to their person. */
export function meetingLeader(reader: ReportReader): string {
  if (reader.role !== 'leader' || reader.personId === null) throw codedError('FORBIDDEN', 'dialogueMeeting.notALeader', {});
  return reader.personId;
}

/**
 * The leader's own report view for their meeting: the same anonymity-filtered view their leader
 * report is built from, under the same checks (the round closed, the leader report in use, the
 * leader evaluated), so a kit can show nothing the report withholds.
 */
export function meetingReportView(results: RoundResults, reader: ReportReader, leaderId: string, locale: Locale): ReportView {
  if (reader.personId !== leaderId) throw codedError('FORBIDDEN', 'dialogueMeeting.othersKit', {});
  assertMayRead(results, reader, 'leader', leaderId);
  if (!results.configs.find((c) => c.reportId === 'leader')?.enabled) throw codedError('NOT_FOUND', 'report.notUsed', { reportId: 'leader' });
  if (!results.subjects.has(leaderId)) {
    const slot = results.source.rollup.tree.slotOfPersonId.get(leaderId);
    const leaderName = slot === undefined ? leaderId : (results.source.leaders[slot]?.name ?? leaderId);
    throw codedError('NOT_FOUND', 'report.leaderNotEvaluated', { leaderId, leaderName, round: results.source.round.name });
  }
  return buildReportView(results.source, { scope: 'leader', leaderId, locale });
}

/** Refuses theme ids the round did not ask about. */
export function assertRoundThemes(results: RoundResults, themeIds: readonly string[]): void {
  const asked = new Set(results.source.themes.map((t) => t.id));
  const missing = themeIds.find((id) => !asked.has(id));
  if (missing !== undefined) throw codedError('BAD_INPUT', 'dialogueMeeting.themeNotInRound', { themeId: missing, round: results.source.round.name });
}
