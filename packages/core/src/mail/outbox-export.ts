import type { TenantTx } from '@spejl/db';
import type { CodedError } from '@spejl/error-catalogue';
import { deliveryFailure } from './delivery-failure.ts';
import type { MailStatus } from './message.ts';
import { countTenantOutbox, searchedOutbox } from './outbox.ts';

/** The most mails one export holds: enough for any tenant's rounds, small enough for one response and one spreadsheet. */
export const OUTBOX_EXPORT_LIMIT = 50_000;

/** One mail as the outbox export writes it: what was sent to whom, when and how it went; never its text or links. */
export interface OutboxExportRow {
  to: string;
  subject: string;
  status: MailStatus;
  /** Why delivery failed, coded for the reader's language; null unless it failed. */
  failure: CodedError | null;
  createdAt: Date;
}

/** Every mail of the export and how many matched: `total` above `rows.length` when the limit cut it. */
export interface OutboxExport {
  rows: OutboxExportRow[];
  total: number;
  limit: number;
}

/**
 * The tenant's mails matching `search`, newest first, up to OUTBOX_EXPORT_LIMIT: the CSV of every
 * matching mail, not only the newest page the console lists. Only metadata is read — bodies may
 * hold links (kept in a demo) and have no business in a spreadsheet.
 */
export async function exportTenantOutbox(tx: TenantTx, search?: string): Promise<OutboxExport> {
  const rows = await searchedOutbox(tx, search)
    .select(['to_address', 'subject', 'status', 'error', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(OUTBOX_EXPORT_LIMIT)
    .execute();
  const total = rows.length < OUTBOX_EXPORT_LIMIT ? rows.length : await countTenantOutbox(tx, search);
  return {
    rows: rows.map((r) => ({ to: r.to_address, subject: r.subject, status: r.status, failure: deliveryFailure(r.error), createdAt: r.created_at })),
    total,
    limit: OUTBOX_EXPORT_LIMIT,
  };
}
