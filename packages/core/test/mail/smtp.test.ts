import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { createMailer, createTenant, listSystemOutbox, listTenantOutbox, sendSystemMail, sendTenantMail, type Mailer } from '../../src/index.ts';

/** A real SMTP server on loopback that keeps what it receives and refuses one address. */
async function startSmtp(): Promise<{ url: string; received: ParsedMail[]; stop: () => Promise<void> }> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refused@')) return callback(new Error('mailbox unavailable'));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe.each(testEngines())('mail on $name', (engine) => {
  let handle: SpejlDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let mailer: Mailer;
  let tenantId: string;

  beforeAll(async () => {
    handle = await engine.open();
    smtp = await startSmtp();
    mailer = createMailer({ smtpUrl: smtp.url, from: 'Spejl <spejl@example.org>' });
    tenantId = (await createTenant(handle.db, { name: 'Ærø Kommune', slug: 'aeroe' }, null)).id;
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.stop();
    await handle?.close();
  });

  it('sends tenant mail over SMTP with Danish letters intact and records it as sent', async () => {
    const entry = await withTenant(handle.db, tenantId, (tx) =>
      sendTenantMail(tx, tenantId, mailer, { to: 'søren@ærø.dk', subject: 'Måling på Ærø', text: 'Hej Søren – æøå ÆØÅ' }),
    );
    expect(entry.status).toBe('sent');
    const mail = smtp.received.at(-1);
    expect(mail?.subject).toBe('Måling på Ærø');
    expect(mail?.text?.trim()).toBe('Hej Søren – æøå ÆØÅ');
    const outbox = await withTenant(handle.db, tenantId, (tx) => listTenantOutbox(tx, 10));
    expect(outbox.map((m) => [m.to, m.status])).toEqual([['søren@ærø.dk', 'sent']]);
  });

  it('finds mail by recipient or subject, taking % and _ literally', async () => {
    for (const to of ['anna_berg@ærø.dk', 'annaxberg@ærø.dk']) await withTenant(handle.db, tenantId, (tx) => sendTenantMail(tx, tenantId, mailer, { to, subject: 'Invitation 100%', text: 'link' }));
    const find = (search: string) => withTenant(handle.db, tenantId, async (tx) => (await listTenantOutbox(tx, 10, { search })).map((m) => m.to).sort());
    expect(await find('ANNA_')).toEqual(['anna_berg@ærø.dk']);
    expect(await find('100%')).toEqual(['anna_berg@ærø.dk', 'annaxberg@ærø.dk']);
    expect(await find('ANNA')).toEqual(['anna_berg@ærø.dk', 'annaxberg@ærø.dk']);
    expect(await find('ingen')).toEqual([]);
  });

  it('records a refused mail as failed with the reason, without throwing', async () => {
    const entry = await sendSystemMail(handle.db, mailer, { to: 'refused@example.org', subject: 'Nulstil', text: 'link' });
    expect(entry.status).toBe('failed');
    expect(entry.error).toMatch(/mailbox unavailable/);
    expect((await listSystemOutbox(handle.db, 1))[0]).toMatchObject({ to: 'refused@example.org', status: 'failed', failure: { code: 'mail.recipientRefused' } });
  });

  it('stores mail without sending when no SMTP server is configured', async () => {
    const before = smtp.received.length;
    const entry = await sendSystemMail(handle.db, createMailer({ from: 'spejl@example.org' }), { to: 'a@example.org', subject: 'S', text: 'T' });
    expect(entry.status).toBe('stored');
    expect(smtp.received.length).toBe(before);
  });
});
