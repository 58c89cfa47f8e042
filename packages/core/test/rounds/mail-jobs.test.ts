import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { createMailer, type Mailer } from '../../src/mail/index.ts';
import { createRound, deliveryReport, launchRound, queueResend, runMailJobs, themeSourceOf, MAX_ATTEMPTS } from '../../src/rounds/index.ts';
import { newDeviceKey, openSurvey, saveSurveyForm } from '../../src/survey/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from './fixtures.ts';

/** A real SMTP server on loopback; refuses the address of person 1016. */
async function startSmtp() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _s, cb) {
      cb(address.address === 'p1016@egeskov.dk' ? Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, _s, cb) {
      simpleParser(stream).then((m) => { received.push(m); cb(); }, cb);
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, received, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

const DAY = 86_400_000;
const linkIn = (text: string) => /\/s\/#([A-Za-z0-9_-]{65})/.exec(text)?.[1] ?? '';

describe.each(testEngines())('invitations and reminders on $name', (engine) => {
  let handle: SpejlDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let mailer: Mailer;
  let tenantId: string;
  let roundId: string;
  const t0 = new Date();
  const jobs = (at: Date) => runMailJobs(handle.db, { mailer, linkKey: TEST_LINK_KEY, publicUrl: 'https://spejl.example', now: () => at });

  beforeAll(async () => {
    handle = await engine.open();
    smtp = await startSmtp();
    mailer = createMailer({ smtpUrl: smtp.url, from: 'Spejl <spejl@example.org>' });
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'egeskov', name: 'Egeskov Kommune', sector: 'kommune', branding: JSON.stringify({ primaryColor: '#7a1f3d' }) }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Forår', themes: [{ id: 'borgerorientering' }], opensAt: t0, closesAt: new Date(t0.getTime() + 30 * DAY), reminders: [new Date(t0.getTime() + 10 * DAY), new Date(t0.getTime() + 20 * DAY)] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY }, t0);
      return round.id;
    });
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.stop();
    await handle?.close();
  });

  it('sends one invitation per respondent over SMTP, with a working link, in the tenant colour, and never again', async () => {
    await jobs(t0);
    await jobs(t0);
    expect(smtp.received).toHaveLength(15);
    const mail = smtp.received.find((m) => m.subject === 'Ledelsesevaluering: Forår' && m.text?.includes('Kære Jens Lund'));
    expect(mail?.html).toContain('#7a1f3d');
    const content = await openSurvey(handle.db, linkIn(mail?.text ?? ''), undefined);
    expect(content.respondent.name).toBe('Jens Lund');
    // The database never keeps a working link: the outbox copy has it removed.
    const outbox = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('mail_outbox').select('text_body').execute());
    expect(outbox).toHaveLength(16);
    expect(outbox.every((o) => linkIn(o.text_body) === '')).toBe(true);
  });

  it('records a refused address, retries it, and shows it as failed after the last attempt', async () => {
    let report = await withTenant(handle.db, tenantId, (tx) => deliveryReport(tx, roundId));
    expect(report.counts).toMatchObject({ sent: 15, pending: 1 });
    for (let i = 1; i < MAX_ATTEMPTS; i++) await jobs(new Date(t0.getTime() + i * 0.1 * DAY));
    report = await withTenant(handle.db, tenantId, (tx) => deliveryReport(tx, roundId));
    expect(report.counts.failed).toBe(1);
    expect(report.failures).toEqual([expect.objectContaining({ personId: '1016', attempts: MAX_ATTEMPTS, error: expect.stringContaining('mailbox unavailable') })]);
  });

  it('reminds only those who have not finished, once per planned reminder', async () => {
    const jens = smtp.received.find((m) => m.text?.includes('Kære Jens Lund'));
    await saveSurveyForm(handle.db, linkIn(jens?.text ?? ''), newDeviceKey(), { slot: 0, answers: [4, 4, 4, 4], submit: true });
    smtp.received.length = 0;
    await jobs(new Date(t0.getTime() + 11 * DAY));
    await jobs(new Date(t0.getTime() + 12 * DAY));
    const reminded = smtp.received.map((m) => m.to && !Array.isArray(m.to) ? m.to.text : '').sort();
    expect(reminded).toHaveLength(14); // 16 respondents − Jens (finished) − 1016 (refused address)
    expect(reminded).not.toContain('p1006@egeskov.dk');
    expect(smtp.received.every((m) => m.subject === 'Påmindelse: Forår')).toBe(true);
  });

  it('resends the same personal link on request', async () => {
    smtp.received.length = 0;
    await withTenant(handle.db, tenantId, (tx) => queueResend(tx, tenantId, roundId, '1007'));
    await jobs(new Date(t0.getTime() + 13 * DAY));
    expect(smtp.received).toHaveLength(1);
    const before = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('person_id', '=', '1007').executeTakeFirstOrThrow());
    expect((await openSurvey(handle.db, linkIn(smtp.received[0]?.text ?? ''), undefined)).respondent.name).toBe('Karen Dahl');
    expect(before.link_salt).toBeTruthy();
  });

  it('marks a send interrupted by a crash as failed instead of sending it twice', async () => {
    await withTenant(handle.db, tenantId, (tx) => queueResend(tx, tenantId, roundId, '1008'));
    await withTenant(handle.db, tenantId, (tx) =>
      tx.updateTable('round_messages').set({ status: 'sending', lease_until: new Date(t0.getTime() + 13 * DAY) }).where('person_id', '=', '1008').where('kind', '=', 'resend').execute(),
    );
    smtp.received.length = 0;
    await jobs(new Date(t0.getTime() + 14 * DAY));
    expect(smtp.received).toHaveLength(0);
    const report = await withTenant(handle.db, tenantId, (tx) => deliveryReport(tx, roundId));
    expect(report.failures.find((f) => f.personId === '1008')?.error).toContain('interrupted');
  });

  it('closes the round at its closing date, after which no mail goes out', async () => {
    await withTenant(handle.db, tenantId, (tx) => queueResend(tx, tenantId, roundId, '1009'));
    smtp.received.length = 0;
    await jobs(new Date(t0.getTime() + 31 * DAY));
    expect(smtp.received).toHaveLength(0);
    const round = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('rounds').select('status').where('id', '=', roundId).executeTakeFirstOrThrow());
    expect(round.status).toBe('closed');
  });
});
