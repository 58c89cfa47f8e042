import type { Locale, ReportPlugin, ReportView } from '@spejl/plugin-sdk';
import { codedError } from '../errors/spejl-error.ts';
import type { ReportReader } from '../reports/report-access.ts';
import { leaderReportView, type RoundResults } from '../reports/round-reports.ts';

/** The leader whose meeting it is: the reader themselves, a leader linked to their person. */
export function meetingLeader(reader: ReportReader): string {
  if (reader.role !== 'leader' || reader.personId === null) throw codedError('FORBIDDEN', 'dialogueMeeting.notALeader', {});
  return reader.personId;
}

/**
 * The leader's own report view for their meeting: their leader report's view under its own checks
 * (leaderReportView), so a kit can show nothing the report withholds, and only ever their own.
 */
export function meetingReportView(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, leaderId: string, locale: Locale): ReportView {
  if (reader.personId !== leaderId) throw codedError('FORBIDDEN', 'dialogueMeeting.othersKit', {});
  return leaderReportView(results, plugins, reader, leaderId, locale);
}

/** Refuses theme ids the round did not ask about. */
export function assertRoundThemes(results: RoundResults, themeIds: readonly string[]): void {
  const asked = new Set(results.source.themes.map((t) => t.id));
  const missing = themeIds.find((id) => !asked.has(id));
  if (missing !== undefined) throw codedError('BAD_INPUT', 'dialogueMeeting.themeNotInRound', { themeId: missing, round: results.source.round.name });
}
