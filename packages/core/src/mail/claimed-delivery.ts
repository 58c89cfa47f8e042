import { withTenant, type Database, type Kysely, type TenantTx } from '@spejl/db';
import type { MailMessage } from './message.ts';
import { sendTenantMail, storeTenantOutbox } from './outbox.ts';
import type { Mailer } from './transport.ts';

/**
 * Sends the mails a claim returns, each once. `claim` marks its rows as mailed and returns the
 * messages; without SMTP the outbox row is the delivery and is written in the claim's transaction.
 * With SMTP the claim commits first and each mail is then delivered and recorded in its own short
 * transaction, so no transaction stays open across a mail server, and a rollback can never undo a
 * claim whose mail has gone (a crash in between loses a mail rather than repeating it).
 */
export async function deliverClaimed(db: Kysely<Database>, tenantId: string, mailer: Mailer, claim: (tx: TenantTx) => Promise<readonly MailMessage[]>): Promise<number> {
  const mails = await withTenant(db, tenantId, async (tx) => {
    const messages = await claim(tx);
    // A mailer without SMTP only stores (its delivery is the outbox row), so it may run inside the claim.
    if (!mailer.sends) for (const m of messages) await sendTenantMail(tx, tenantId, mailer, m);
    return messages;
  });
  if (mailer.sends) {
    for (const m of mails) {
      const outcome = await mailer.deliver(m);
      await withTenant(db, tenantId, (tx) => storeTenantOutbox(tx, tenantId, mailer, m, outcome));
    }
  }
  return mails.length;
}
