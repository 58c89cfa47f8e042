import type { MailMessage } from '../mail/message.ts';

const ROLE_NAMES = {
  da: { admin: 'administrator', analyst: 'analytiker', leader: 'leder' },
  en: { admin: 'administrator', analyst: 'analyst', leader: 'leader' },
} as const;

/** The invitation mail: who invites, to which tenant, in which role, and the personal link. */
export function invitationMail(
  to: string,
  tenantName: string,
  role: keyof (typeof ROLE_NAMES)['da'],
  link: string,
  locale: 'da' | 'en',
): MailMessage {
  if (locale === 'en') {
    return {
      to,
      locale,
      secrets: [link],
      subject: `Invitation to ${tenantName} in Spejl`,
      text: `Hello,\n\nYou are invited to ${tenantName} in Spejl as ${ROLE_NAMES.en[role]}. Open this link within 7 days to accept:\n\n${link}\n\nThe link is personal; do not forward it.\n`,
    };
  }
  return {
    to,
    locale,
    secrets: [link],
    subject: `Invitation til ${tenantName} i Spejl`,
    text: `Hej\n\nDu er inviteret til ${tenantName} i Spejl som ${ROLE_NAMES.da[role]}. Åbn dette link inden for 7 dage for at tage imod invitationen:\n\n${link}\n\nLinket er personligt; send det ikke videre.\n`,
  };
}
