import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, DEFAULT_ROUND_TEXTS, linkKeyFromEnv, personalLink, personalToken, runTenantMail, type MailMessage, type Mailer, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { importEgeskovPeople } from './egeskov-round.ts';
import { apiFixture, PUBLIC_URL, type ApiFixture } from './fixture.ts';

/*
 * Outside demo mode no stored copy of any mail holds a secret of it: not the subject, not the
 * text, not the HTML, not any column there is or will be. Every kind of mail Spejl writes goes
 * through here — a round's invitation, reminder and resent link (by the store-only path and by
 * the path that hands mail to a mail server), the test invitation, the invitation to an
 * organisation and the password reset — with the round's subjects written to carry the link, as
 * a round saved before subjects were checked can.
 */

/** The tail of a secret link: its random token, which no encoding of the link (HTML entities included) leaves out. */
const tokenOf = (secret: string) => secret.slice(-24);

/** A mailer that hands mail to a mail server (here: a list), so the outbox records it after sending. */
function sendingMailer(): { mailer: Mailer; sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, mailer: { sends: true, keepsLinks: false, deliver: async (m) => (sent.push(m), { status: 'sent', error: null }), close: () => {} } };
}

describe.each(testEngines())('every stored copy of every kind of mail is free of its secrets outside demo mode, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: UserSummary;
  /** Every secret a mail in this world carried: personal survey links, invitation and reset links. */
  const secrets = new Set<string>();
  const server = sendingMailer();

  beforeAll(async () => {
    f = await apiFixture(engine);
    expect(f.services.mailer.keepsLinks).toBe(false);
    const made = await f.tenantWithAdmin('secrets');
    tenantId = made.tenant.id;
    admin = made.admin;
    const api = f.as(admin);
    await importEgeskovPeople(f, tenantId);
    const roundId = (await api.rounds.create({ tenantId, settings: { name: 'Forår', themes: [{ id: 'borgerorientering' }] } })).id;
    // Subjects that ask for the link, as a round stored before texts were checked for it.
    const texts = structuredClone(DEFAULT_ROUND_TEXTS);
    for (const mail of ['invitation', 'reminder'] as const) for (const lang of ['da', 'en'] as const) texts[mail][lang].subject += ' {{link}}';
    await withTenant(f.db, tenantId, (tx) => tx.updateTable('rounds').set({ texts: JSON.stringify(texts) }).where('id', '=', roundId).execute());

    // The test invitation (its link opens a console page, and must not be a survey link).
    await api.rounds.sendTestInvitation({ tenantId, roundId });
    await api.rounds.launch({ tenantId, roundId });
    // Invitations by the store-only path (no mail server) …
    await runTenantMail(f.db, tenantId, { mailer: f.services.mailer, linkKey: linkKeyFromEnv(), publicUrl: PUBLIC_URL });
    // … a reminder and a resent link by the path that hands mail to a mail server first.
    await api.rounds.remindNow({ tenantId, roundId, chainOf: null });
    await api.rounds.resend({ tenantId, roundId, personId: '1007' });
    await runTenantMail(f.db, tenantId, { mailer: server.mailer, linkKey: linkKeyFromEnv(), publicUrl: PUBLIC_URL });
    const salts = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).execute());
    for (const { link_salt } of salts) secrets.add(personalLink(PUBLIC_URL, personalToken(linkKeyFromEnv(), tenantId, link_salt)));

    // An invitation to the organisation, and a password reset.
    await api.members.invite({ tenantId, email: 'ny.leder@example.org', role: 'analyst' });
    const reset = new Request(`${PUBLIC_URL}/api/auth/request-password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: '203.0.113.7' },
      body: JSON.stringify({ email: admin.email, redirectTo: `${PUBLIC_URL}/reset-password` }),
    });
    expect((await f.auth.handler(reset)).status).toBe(200);
    for (const m of [...f.inbox('ny.leder@example.org'), ...f.inbox(admin.email), ...server.sent]) for (const s of m.secrets ?? []) secrets.add(s);
  });
  afterAll(() => f?.close());

  it('wrote every kind of mail, each carrying the secrets the test looks for', async () => {
    const subjects = (await withTenant(f.db, tenantId, (tx) => tx.selectFrom('mail_outbox').select('subject').execute())).map((r) => r.subject);
    const count = (prefix: string) => subjects.filter((s) => s.startsWith(prefix)).length;
    // Invitations: 16 respondents and the one link sent again (it goes with the invitation's text).
    expect({ test: count('[TEST]'), invitations: count('Ledelsesevaluering'), reminders: count('Påmindelse'), organisation: count('Invitation til') }).toEqual({ test: 1, invitations: 16 + 1, reminders: 16, organisation: 1 });
    const system = await f.db.selectFrom('system_mail_outbox').select('subject').execute();
    expect(system.map((r) => r.subject)).toEqual(['Nulstil din adgangskode til Spejl']);
    // 16 survey links, the organisation invitation's and the reset's; the mail server got each link in its text, never in its subject.
    expect(secrets.size).toBe(18);
    expect(server.sent.length).toBe(17);
    expect(server.sent.every((m) => m.text.includes(m.secrets![0]!) && !m.subject.includes(m.secrets![0]!))).toBe(true);
  });

  it('keeps none of them in any column of either outbox', async () => {
    const tenantRows = await withTenant(f.db, tenantId, (tx) => tx.selectFrom('mail_outbox').selectAll().execute());
    const systemRows = await f.db.selectFrom('system_mail_outbox').selectAll().execute();
    const leaks: string[] = [];
    for (const row of [...tenantRows, ...systemRows]) {
      for (const [column, value] of Object.entries(row)) {
        const stored = String(value);
        for (const secret of secrets) if (stored.includes(tokenOf(secret))) leaks.push(`${row.to_address} ${column}`);
      }
      expect(row.links_kept).toBe(false);
    }
    expect(leaks).toEqual([]);
    expect(tenantRows.filter((r) => /\/s\/#/.test(`${r.subject} ${r.text_body} ${r.html_body ?? ''}`))).toEqual([]);
  });

  it('shows none of them in what the console lists or finds, for the admin and the operator', async () => {
    const listed = JSON.stringify([
      await f.as(admin).outbox.tenant({ tenantId, limit: 1000 }),
      await f.as(admin).outbox.tenant({ tenantId, limit: 1000, search: '#' }),
      await f.as(f.operator).outbox.system({ limit: 1000 }),
    ]);
    for (const secret of secrets) expect(listed).not.toContain(tokenOf(secret));
    expect(await f.as(admin).outbox.tenant({ tenantId, limit: 1000, search: '/s/#' })).toEqual([]);
  });
});
