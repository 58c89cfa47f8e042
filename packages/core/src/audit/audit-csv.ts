import { excelCsv } from '../files/excel-csv.ts';
import type { AuditRow } from './audit-query.ts';

/** The columns of `spejl audit export` and the console's export (DESIGN.md, command line). */
export const AUDIT_CSV_HEADER = ['at', 'actor_email', 'actor_role', 'action', 'subject', 'details'] as const;

/**
 * The log as CSV the way Danish Excel opens it, every text cell formula-guarded: an action,
 * subject or detail is text someone typed somewhere (a file name, a person id), so it is untrusted.
 */
export function auditCsv(rows: readonly AuditRow[]): string {
  return excelCsv(AUDIT_CSV_HEADER, rows.map((r) => [
    r.at.toISOString(),
    r.actorEmail ?? '',
    r.actorRole,
    r.action,
    r.subject ?? '',
    JSON.stringify(r.details),
  ]));
}
