import type { TenantTx } from '@spejl/db';
import type { DiffCounts } from '../hierarchy/people-diff.ts';
import type { MailMessage } from '../mail/message.ts';
import type { SyncWeight } from './sync-hold.ts';

const percent = (share: number, locale: 'da' | 'en') => (share * 100).toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });

const TEXTS = {
  da: {
    subject: 'Synkroniseringen fra HR-systemet venter på din godkendelse',
    body: (c: DiffCounts, w: SyncWeight, link: string) =>
      `Dagens filer fra HR-systemet ville ændre meget i organisationen, så Spejl har ikke indlæst dem endnu:\n\n` +
      `- ${c.left} af ${w.stored} personer ville være fratrådt (${percent(w.leftShare, 'da')} %)\n` +
      `- ${w.renumbered} personer ville få et nyt medarbejdernummer (${percent(w.renumberedShare, 'da')} %)\n` +
      `- ${c.added} nye, ${c.moved} med ny leder\n\n` +
      `Se ændringerne, og godkend eller kassér dem:\n${link}\n`,
  },
  en: {
    subject: 'The sync from the HR system is waiting for your approval',
    body: (c: DiffCounts, w: SyncWeight, link: string) =>
      `Today's files from the HR system would change much of the organisation, so Spejl has not applied them yet:\n\n` +
      `- ${c.left} of ${w.stored} people would have left (${percent(w.leftShare, 'en')} %)\n` +
      `- ${w.renumbered} people would get a new person id (${percent(w.renumberedShare, 'en')} %)\n` +
      `- ${c.added} new, ${c.moved} with a new manager\n\n` +
      `See the changes, and approve or discard them:\n${link}\n`,
  },
} as const;

/** The mails telling each of the tenant's admins that a sync is held, in the tenant's language. */
export async function heldSyncMails(tx: TenantTx, tenantId: string, counts: DiffCounts, weight: SyncWeight, publicUrl: string): Promise<MailMessage[]> {
  const tenant = await tx.selectFrom('tenants').select('locale').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const admins = await tx
    .selectFrom('memberships')
    .innerJoin('user', 'user.id', 'memberships.user_id')
    .select(['user.email'])
    .where('memberships.tenant_id', '=', tenantId)
    .where('memberships.role', '=', 'admin')
    .execute();
  const locale = tenant.locale === 'en' ? 'en' : 'da';
  // The tenant in the link: an admin of several organisations lands in this one.
  const link = `${publicUrl.replace(/\/$/, '')}/people/safetynet?tenant=${tenantId}`;
  return admins.map((a) => ({ to: a.email, subject: TEXTS[locale].subject, text: TEXTS[locale].body(counts, weight, link), locale }));
}
