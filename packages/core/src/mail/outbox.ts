import type { Database, Kysely, TenantTx, Transaction } from '@spejl/db';
import type { MailMessage, MailStatus } from './message.ts';
import type { Mailer } from './transport.ts';

/** One outbox row as the console lists it. */
export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  error: string | null;
  createdAt: Date;
}

/** Sends a mail on behalf of a tenant (invitations, reminders) and records it in that tenant's outbox. */
export async function sendTenantMail(tx: TenantTx, tenantId: string, mailer: Mailer, message: MailMessage): Promise<OutboxEntry> {
  const delivery = await mailer.deliver(message);
  const row = await tx
    .insertInto('mail_outbox')
    .values({ tenant_id: tenantId, ...columns(message), status: delivery.status, error: delivery.error })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEntry(row);
}

/** Sends account mail that belongs to no tenant (password reset) and records it in the system outbox. */
export async function sendSystemMail(
  db: Kysely<Database> | Transaction<Database>,
  mailer: Mailer,
  message: MailMessage,
): Promise<OutboxEntry> {
  const delivery = await mailer.deliver(message);
  const row = await db
    .insertInto('system_mail_outbox')
    .values({ ...columns(message), status: delivery.status, error: delivery.error })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEntry(row);
}

/** The tenant's outbox, newest first. */
export async function listTenantOutbox(tx: TenantTx, limit: number, search?: string): Promise<OutboxEntry[]> {
  let query = tx.selectFrom('mail_outbox').selectAll();
  // Recipient or subject, so one respondent's link can be found among thousands of invitations.
  const words = search?.trim();
  if (words) {
    const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('to_address', 'ilike', pattern), eb('subject', 'ilike', pattern)]));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(toEntry);
}

/** The system outbox (account mail), newest first; operators only. */
export async function listSystemOutbox(db: Kysely<Database>, limit: number): Promise<OutboxEntry[]> {
  const rows = await db.selectFrom('system_mail_outbox').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(toEntry);
}

function columns(message: MailMessage) {
  return { to_address: message.to, subject: message.subject, text_body: message.text, html_body: message.html ?? null };
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  status: MailStatus;
  error: string | null;
  created_at: Date;
}

function toEntry(row: OutboxRow): OutboxEntry {
  return { id: row.id, to: row.to_address, subject: row.subject, text: row.text_body, status: row.status, error: row.error, createdAt: row.created_at };
}
