/** Why the mail server did not take a message, as the outbox shows it; the server's own words are not repeated. */
export const mailTexts = {
  'mail.recipientRefused': {
    en: 'The mail server refused the recipient address (SMTP {smtpCode}). Check the address, correct it and send again.',
    da: 'Mailserveren afviste modtagerens adresse (SMTP {smtpCode}). Tjek adressen, ret den, og send igen.',
  },
  'mail.authFailed': {
    en: 'Spejl could not sign in to the mail server. The operator must check the mail server\'s user name and password.',
    da: 'Spejl kunne ikke logge ind på mailserveren. Operatøren skal tjekke mailserverens brugernavn og adgangskode.',
  },
  'mail.serverUnreachable': {
    en: 'Spejl could not reach the mail server. Send again later; if it keeps failing, the operator must check the mail settings.',
    da: 'Spejl kunne ikke få forbindelse til mailserveren. Send igen senere; bliver det ved, skal operatøren tjekke mailopsætningen.',
  },
  'mail.timeout': {
    en: 'The mail server did not answer in time. Send again later.',
    da: 'Mailserveren svarede ikke i tide. Send igen senere.',
  },
  'mail.refused': {
    en: 'The mail server refused the message (SMTP {smtpCode}). Send again later; if it keeps failing, the operator must check the mail server.',
    da: 'Mailserveren afviste beskeden (SMTP {smtpCode}). Send igen senere; bliver det ved, skal operatøren tjekke mailserveren.',
  },
  'mail.failed': {
    en: 'The message could not be delivered. Send again later; if it keeps failing, the operator must check the mail server.',
    da: 'Beskeden kunne ikke leveres. Send igen senere; bliver det ved, skal operatøren tjekke mailserveren.',
  },
} as const;
