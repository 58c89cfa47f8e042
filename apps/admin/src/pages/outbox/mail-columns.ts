import type { trpc } from '../../api/trpc.ts';
import type { ListColumn } from '../../lists/list-column.ts';

/** One mail of the outbox. */
export type Mail = Awaited<ReturnType<typeof trpc.outbox.system.query>>[number];

/** What the list's columns and its CSV read of a mail: the outbox export holds no more. */
export type MailMeta = Pick<Mail, 'subject' | 'to' | 'createdAt' | 'status' | 'failure'>;

/** How the outbox list says a mail's time, status and failure, in the reader's language and the tenant's clock. */
export interface MailWords {
  t: (key: string) => string;
  /** The time as Excel reads a date-time ("2026-12-07 01:40"), for the CSV. */
  spreadsheet: (value: Date | string) => string;
  failure: (mail: MailMeta) => string;
}

/** The outbox list: subject, recipient, time (sorted by the moment), status; the CSV adds why a mail failed and never holds a mail's text (its links). */
export function mailColumns(w: MailWords): ListColumn<MailMeta>[] {
  return [
    { key: 'subject', label: w.t('lists.outbox.subject'), value: (m) => m.subject },
    { key: 'to', label: w.t('lists.outbox.to'), value: (m) => m.to },
    {
      key: 'time', label: w.t('lists.outbox.time'), value: (m) => new Date(m.createdAt).getTime(),
      csv: [{ label: w.t('lists.outbox.time'), value: (m) => w.spreadsheet(m.createdAt) }],
    },
    {
      key: 'status', label: w.t('lists.outbox.status'), value: (m) => w.t(`outbox.statuses.${m.status}`),
      csv: [
        { label: w.t('lists.outbox.status'), value: (m) => w.t(`outbox.statuses.${m.status}`) },
        { label: w.t('lists.outbox.error'), value: (m) => (m.failure ? w.failure(m) : null) },
      ],
    },
  ];
}
