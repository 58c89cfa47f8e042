import { spreadsheetDateTime } from '@spejl/plugin-sdk/render';
import { describe, expect, it } from 'vitest';
import { listCsv } from '../src/lists/list-csv.ts';
import { mailColumns, type MailMeta } from '../src/pages/outbox/mail-columns.ts';

describe('the outbox CSV', () => {
  const columns = mailColumns({ t: (key) => key, spreadsheet: (v) => spreadsheetDateTime(v, 'Europe/Copenhagen'), failure: () => 'Mailserveren svarede ikke' });
  const mails: MailMeta[] = [
    { subject: 'Ledelsesevaluering: Forår', to: 'a@example.org', createdAt: '2026-12-07T00:40:00Z', status: 'stored', failure: null },
    { subject: 'Påmindelse', to: 'b@example.org', createdAt: '2026-07-01T22:05:00Z', status: 'failed', failure: { code: 'mail.serverUnreachable', params: {} } },
  ];

  it('writes times as Excel reads a date-time on the tenant\'s clock, not "7. dec. 2026, 01.40"', () => {
    const lines = listCsv(columns, mails).slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('"lists.outbox.subject";"lists.outbox.to";"lists.outbox.time";"lists.outbox.status";"lists.outbox.error"');
    expect(lines[1]).toBe('"Ledelsesevaluering: Forår";"a@example.org";"2026-12-07 01:40";"outbox.statuses.stored";');
    expect(lines[2]).toBe('"Påmindelse";"b@example.org";"2026-07-02 00:05";"outbox.statuses.failed";"Mailserveren svarede ikke"');
  });
});
