import type { ReportReader } from '../reports/report-access.ts';

/** How much of a meeting a reader sees: everything, only whether it was held, or nothing. */
export type MeetingSight = 'all' | 'held-only' | 'none';

/**
 * The tenant's policy on a leader's dialogue meeting (issue 15; fixed for now): the leader sees it all,
 * their superior in the round's hierarchy and the tenant's admins and analysts only whether it was held,
 * everyone else nothing. Employees get the agreements only when the leader shares them, by mail.
 */
export function meetingSight(reader: ReportReader, leaderId: string, superiorId: string | null): MeetingSight {
  if (reader.role === 'leader') {
    if (reader.personId === null) return 'none';
    if (reader.personId === leaderId) return 'all';
    return reader.personId === superiorId ? 'held-only' : 'none';
  }
  return 'held-only';
}
