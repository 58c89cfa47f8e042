import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { createMailer, createTenant, listSystemOutbox, listTenantOutbox, outboxCopy, sendSystemMail, sendTenantMail, WITHHELD_LINK, WITHHELD_PRIVATE, type MailMessage } from '../../src/index.ts';
import { invitationMail } from '../../src/tenants/invitation-mail.ts';
import { resetPasswordMail } from '../../src/accounts/reset-mail.ts';

const LINK = 'https://spejl.example/invite?tenant=6f1c2a0e-0000-4000-8000-000000000001&token=AbC_dEf-123';

describe('the outbox copy of a mail', () => {
  it('replaces every personal link in text and HTML (escaped forms too) by a placeholder in the mail’s language', () => {
    const message: MailMessage = {
      to: 'a@example.org',
      subject: 'Invitation',
      text: `Åbn ${LINK}\nEller: ${LINK}`,
      html: `<a href="${LINK.replace('&', '&amp;')}">knap</a> <a href="${LINK.replace('&', '&#38;')}">${LINK}</a>`,
      locale: 'da',
      secrets: [LINK],
    };
    const copy = outboxCopy(message, false);
    expect(copy.linksKept).toBe(false);
    expect(copy.text).toBe(`Åbn ${WITHHELD_LINK.da}\nEller: ${WITHHELD_LINK.da}`);
    expect(copy.html).not.toContain('token=');
    expect(copy.html).toContain(WITHHELD_LINK.da);
    expect(outboxCopy({ ...message, locale: 'en' }, false).text).toContain('[personal link – for the addressee only]');
  });

  it('withholds words for the addressees alone from the copy always, demo or not, in text and HTML', () => {
    const words = 'Vi holder <borgerpanel> hver måned & følger op';
    const message: MailMessage = { to: 'a@example.org', subject: 'Aftaler', text: `Aftaler:\n${words}\n${LINK}`, html: '<p>Vi holder &lt;borgerpanel&gt; hver måned &amp; følger op</p>', locale: 'da', secrets: [LINK], private: [words] };
    for (const keepLinks of [false, true]) {
      const copy = outboxCopy(message, keepLinks);
      expect(copy.text).toBe(`Aftaler:\n${WITHHELD_PRIVATE.da}\n${keepLinks ? LINK : WITHHELD_LINK.da}`);
      expect(copy.html).not.toContain('borgerpanel');
    }
  });

  it('keeps the links only when asked to (a demo without a mail server), and says so', () => {
    const copy = outboxCopy(invitationMail('a@example.org', 'Egeskov', 'admin', LINK, 'da'), true);
    expect(copy).toMatchObject({ linksKept: true });
    expect(copy.text).toContain(LINK);
    // A mail without secrets has nothing to keep or hide.
    expect(outboxCopy({ to: 'a@example.org', subject: 'S', text: 'T' }, true).linksKept).toBe(false);
  });

  it('withholds a link in the subject too, even where the text keeps it (a demo): the outbox lists and searches subjects', () => {
    const message: MailMessage = { to: 'a@example.org', subject: `Åbn ${LINK} nu`, text: `Åbn ${LINK}`, html: `<p>${LINK}</p>`, locale: 'en', secrets: [LINK] };
    for (const keepLinks of [false, true]) {
      const copy = outboxCopy(message, keepLinks);
      expect(copy.subject).toBe(`Åbn ${WITHHELD_LINK.en} nu`);
      expect(copy.linksKept).toBe(keepLinks);
    }
    expect(outboxCopy({ ...message, secrets: [] }, false).subject).toBe(message.subject);
  });

  it('knows the links of invitation and password-reset mails in both languages', () => {
    for (const locale of ['da', 'en'] as const) {
      expect(outboxCopy(invitationMail('a@example.org', 'Egeskov', 'admin', LINK, locale), false).text).not.toContain('token=');
      const reset = 'https://spejl.example/reset-password?token=xyz123';
      expect(outboxCopy(resetPasswordMail('a@example.org', 'A', reset, locale), false).text).not.toContain('xyz123');
    }
  });
});

describe.each(testEngines())('outboxes without a mail server, on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  const invitation = (to: string) => invitationMail(to, 'Egeskov Kommune', 'admin', `${LINK}${to.length}`, 'da');

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await createTenant(handle.db, { name: 'Egeskov Kommune', slug: 'egeskov' }, null)).id;
  });
  afterAll(() => handle?.close());

  it('never stores a live link outside demo mode: not in the database, not in what the console lists', async () => {
    const mailer = createMailer({ from: 'spejl@example.org' });
    expect(mailer.keepsLinks).toBe(false);
    const entry = await withTenant(handle.db, tenantId, (tx) => sendTenantMail(tx, tenantId, mailer, invitation('kd@egeskov.example')));
    expect(entry.text).toContain(WITHHELD_LINK.da);
    const rows = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('mail_outbox').select(['text_body', 'html_body', 'links_kept']).where('to_address', '=', 'kd@egeskov.example').execute());
    expect(rows).toEqual([{ text_body: expect.not.stringContaining('token=') as unknown, html_body: null, links_kept: false }]);
    // Even a console in demo mode cannot show a link that was never stored.
    const listed = await withTenant(handle.db, tenantId, (tx) => listTenantOutbox(tx, 10, { linksShown: true }));
    expect(listed.find((m) => m.to === 'kd@egeskov.example')?.text).not.toContain('token=');

    await sendSystemMail(handle.db, mailer, resetPasswordMail('kd@egeskov.example', 'KD', 'https://spejl.example/reset-password?token=secret-reset', 'da'));
    const system = await handle.db.selectFrom('system_mail_outbox').select('text_body').execute();
    expect(system.map((r) => r.text_body).join('\n')).not.toContain('secret-reset');
  });

  it('keeps links in a demo, shows them only to a console in demo mode, and hides the whole text from any other', async () => {
    const demo = createMailer({ from: 'spejl@example.org', demo: true });
    expect(demo.keepsLinks).toBe(true);
    await withTenant(handle.db, tenantId, (tx) => sendTenantMail(tx, tenantId, demo, invitation('demo@egeskov.example')));
    const shown = await withTenant(handle.db, tenantId, (tx) => listTenantOutbox(tx, 10, { search: 'demo@', linksShown: true }));
    expect(shown[0]?.text).toContain(LINK);
    const hidden = await withTenant(handle.db, tenantId, (tx) => listTenantOutbox(tx, 10, { search: 'demo@' }));
    expect(hidden[0]).toMatchObject({ to: 'demo@egeskov.example', text: null });

    await sendSystemMail(handle.db, demo, resetPasswordMail('demo@egeskov.example', 'D', 'https://spejl.example/reset-password?token=demo-reset', 'da'));
    expect((await listSystemOutbox(handle.db, 1, { linksShown: true }))[0]?.text).toContain('demo-reset');
    expect((await listSystemOutbox(handle.db, 1))[0]?.text).toBeNull();
  });

  it('never keeps links when a mail server sends them, demo or not', () => {
    expect(createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'spejl@example.org', demo: true }).keepsLinks).toBe(false);
  });
});
