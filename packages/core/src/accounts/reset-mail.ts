import type { MailMessage } from '../mail/message.ts';

/** The password-reset mail; the link opens the console's reset page, which posts the token back to better-auth. */
export function resetPasswordMail(to: string, name: string, link: string, locale: string): MailMessage {
  if (locale === 'en') {
    return {
      to,
      locale: 'en',
      secrets: [link],
      subject: 'Reset your Spejl password',
      text: `Hello ${name},\n\nSomeone asked to reset the password of your Spejl account. Choose a new password here within one hour:\n\n${link}\n\nIf it was not you, ignore this mail; your password stays as it is.\n`,
    };
  }
  return {
    to,
    locale: 'da',
    secrets: [link],
    subject: 'Nulstil din adgangskode til Spejl',
    text: `Hej ${name}\n\nDer er bedt om at nulstille adgangskoden til din Spejl-konto. Vælg en ny adgangskode her inden for en time:\n\n${link}\n\nHvis det ikke var dig, kan du se bort fra denne mail; din adgangskode forbliver uændret.\n`,
  };
}
