import type { Database, Kysely, TenantTx, Transaction } from '@spejl/db';
import type { CodedError } from '@spejl/error-catalogue';
import { deliveryFailure } from './delivery-failure.ts';
import type { MailDelivery, MailMessage, MailStatus } from './message.ts';
import { outboxCopy } from './outbox-copy.ts';
import type { Mailer } from './transport.ts';

/** One outbox row as the console lists it. */
export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  /**
   * The text as stored (personal links replaced by a placeholder), or null when the stored copy
   * still holds live links (kept in a demo) and the console is not in demo mode.
   */
  text: string | null;
  status: MailStatus;
  /** The transport's own English, for operators' logs. */
  error: string | null;
  /** Why delivery failed, coded for the reader's language; null unless it failed. */
  failure: CodedError | null;
  createdAt: Date;
}

/** How the console lists an outbox. */
export interface OutboxQuery {
  /** Only mail whose recipient or subject holds these words (wildcards taken literally). */
  search?: string | undefined;
  /** Demo mode without a mail server: the text of mail kept with its links is shown. */
  linksShown?: boolean;
}

/** Records a tenant's mail after a delivery attempt; its personal links stay out unless the mailer keeps them (a demo). */
export async function storeTenantOutbox(tx: TenantTx, tenantId: string, mailer: Mailer, message: MailMessage, delivery: MailDelivery): Promise<OutboxEntry> {
  const row = await tx
    .insertInto('mail_outbox')
    .values({ tenant_id: tenantId, ...columns(message, mailer), status: delivery.status, error: delivery.error })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEntry(row, mailer.keepsLinks);
}

/** Sends a mail on behalf of a tenant (invitations, reminders) and records it in that tenant's outbox. */
export async function sendTenantMail(tx: TenantTx, tenantId: string, mailer: Mailer, message: MailMessage): Promise<OutboxEntry> {
  return storeTenantOutbox(tx, tenantId, mailer, message, await mailer.deliver(message));
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
    .values({ ...columns(message, mailer), status: delivery.status, error: delivery.error })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEntry(row, mailer.keepsLinks);
}

/** The tenant's outbox, or the part of it whose recipient or subject holds `search` (wildcards taken literally). */
export function searchedOutbox(tx: TenantTx, search: string | undefined) {
  const query = tx.selectFrom('mail_outbox');
  // Recipient or subject, so one respondent's mail can be found among thousands of invitations.
  const words = search?.trim();
  if (!words) return query;
  const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return query.where((eb) => eb.or([eb('to_address', 'ilike', pattern), eb('subject', 'ilike', pattern)]));
}

/** The tenant's outbox, newest first. */
export async function listTenantOutbox(tx: TenantTx, limit: number, options: OutboxQuery = {}): Promise<OutboxEntry[]> {
  const rows = await searchedOutbox(tx, options.search).selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map((row) => toEntry(row, options.linksShown === true));
}

/** How many mails the tenant's outbox holds, or how many match `search`: what a list of the newest is a part of. */
export async function countTenantOutbox(tx: TenantTx, search?: string): Promise<number> {
  const { n } = await searchedOutbox(tx, search).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

/** The system outbox (account mail), newest first; operators only. */
export async function listSystemOutbox(db: Kysely<Database>, limit: number, options: Pick<OutboxQuery, 'linksShown'> = {}): Promise<OutboxEntry[]> {
  const rows = await db.selectFrom('system_mail_outbox').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map((row) => toEntry(row, options.linksShown === true));
}

function columns(message: MailMessage, mailer: Mailer) {
  const copy = outboxCopy(message, mailer.keepsLinks);
  return { to_address: message.to, subject: copy.subject, text_body: copy.text, html_body: copy.html, links_kept: copy.linksKept };
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  links_kept: boolean;
  status: MailStatus;
  error: string | null;
  created_at: Date;
}

function toEntry(row: OutboxRow, linksShown: boolean): OutboxEntry {
  // A copy kept with its links (a demo, or a row from before links were withheld) is shown only in demo mode.
  const text = row.links_kept && !linksShown ? null : row.text_body;
  return { id: row.id, to: row.to_address, subject: row.subject, text, status: row.status, error: row.error, failure: deliveryFailure(row.error), createdAt: row.created_at };
}
