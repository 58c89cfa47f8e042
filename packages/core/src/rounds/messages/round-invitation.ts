import type { FormRole, TenantTx } from '@spejl/db';
import type { MailMessage } from '../../mail/message.ts';
import type { Round } from '../round.ts';
import { renderRoundMail } from './mail-text.ts';

/** Who an invitation is written to: their address, the name it greets, the language it is in and the roles they answer in. */
export interface Addressee {
  to: string;
  name: string;
  locale: 'da' | 'en';
  /** What the invitation's anonymity sentence is about (anonymity-sentence.ts). */
  roles: readonly FormRole[];
}

/**
 * A round's invitation to one addressee with the given link: the round's own text in their
 * language, its closing time and anonymity threshold, the tenant's name, colour and logo —
 * what the mail job sends a respondent, for the round preview and the test invitation.
 */
export async function roundInvitation(tx: TenantTx, tenantId: string, round: Round, addressee: Addressee, link: string): Promise<MailMessage> {
  const tenant = await tx.selectFrom('tenants').select(['name', 'branding', 'threshold', 'peer_threshold', 'time_zone']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  return renderRoundMail(addressee.to, round.texts.invitation[addressee.locale], {
    name: addressee.name,
    round: round.name,
    link,
    closes: round.closesAt,
    // A draft has no threshold of its own yet: launch locks the tenant's, so that is the one it will say.
    threshold: round.threshold ?? tenant.threshold,
    peerThreshold: round.peerThreshold ?? tenant.peer_threshold,
    roles: addressee.roles,
    locale: addressee.locale,
    timeZone: tenant.time_zone,
    organisation: tenant.name,
    branding: tenant.branding,
  });
}
