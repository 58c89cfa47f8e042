/** Texts of the outbox page (mail stored instead of sent). */
const da = {
  title: 'Udbakke',
  intro: 'Mails, som Spejl har sendt eller forsøgt at sende: invitationer, påmindelser og kontomails.',
  links: {
    hidden: 'Personlige links vises ikke her.',
    hiddenWhy: 'Et link i en invitation, en nulstilling af adgangskode eller et spørgeskema giver adgang til en konto eller til en persons svar. Derfor når det kun modtageren, og i udbakken står der i stedet "[personligt link – kun til modtageren]".',
    noMailServer: 'Der er ingen mailserver sat op, så mails bliver ikke sendt, og deres links når ingen. Bed den, der driver Spejl, om at sætte en mailserver op (SMTP_URL).',
    demo: 'Demotilstand: links vises her, fordi der ikke er en mailserver.',
    demoWhy: 'Uden for demotilstand vises personlige links aldrig i udbakken; de når kun modtageren.',
  },
  textWithheld: 'Teksten vises ikke, fordi mailen blev gemt med sine personlige links (i demotilstand eller før links blev skjult).',
  empty: 'Udbakken er tom.',
  search: 'Søg efter modtager eller emne',
  searchPlaceholder: "Fx navn{'@'}kommune.dk",
  newest: 'Viser de {n} nyeste af {total}. Søg for at finde en bestemt mail; CSV-filen rummer dem alle.',
  exportCapped: 'CSV-filen rummer de {limit} nyeste af {total} mails. Søg for at hente andre.',
  noMatch: 'Ingen mails til eller om "{search}".',
  to: 'Til',
  statuses: {
    stored: 'Gemt, ikke sendt',
    sent: 'Sendt',
    failed: 'Kunne ikke sendes',
  },
  tenantHeading: 'Mails til {tenant}',
  systemHeading: 'Kontomails',
  systemIntro: 'Mails om brugerkonti, som ikke hører til en bestemt organisation, fx nulstilling af adgangskode. Kun operatører ser dem.',
  error: 'Fejl: {error}',
};

const en: typeof da = {
  title: 'Outbox',
  intro: 'Emails Spejl has sent or tried to send: invitations, reminders and account emails.',
  links: {
    hidden: 'Personal links are not shown here.',
    hiddenWhy: 'A link in an invitation, a password reset or a survey gives access to an account or to a person\'s answers. So it reaches only the addressee, and the outbox shows "[personal link – for the addressee only]" in its place.',
    noMailServer: 'No mail server is set up, so emails are not sent and their links reach nobody. Ask whoever runs Spejl to set up a mail server (SMTP_URL).',
    demo: 'Demo mode: links are shown here because there is no mail server.',
    demoWhy: 'Outside demo mode personal links are never shown in the outbox; they reach only the addressee.',
  },
  textWithheld: 'The text is not shown because the email was kept with its personal links (in demo mode, or before links were hidden).',
  empty: 'The outbox is empty.',
  search: 'Search by recipient or subject',
  searchPlaceholder: "E.g. name{'@'}municipality.dk",
  newest: 'Showing the {n} newest of {total}. Search to find a particular email; the CSV file holds them all.',
  exportCapped: 'The CSV file holds the {limit} newest of {total} emails. Search to get others.',
  noMatch: 'No emails to or about "{search}".',
  to: 'To',
  statuses: {
    stored: 'Stored, not sent',
    sent: 'Sent',
    failed: 'Could not be sent',
  },
  tenantHeading: 'Emails for {tenant}',
  systemHeading: 'Account emails',
  systemIntro: 'Emails about user accounts that belong to no organisation, such as password resets. Only operators see them.',
  error: 'Error: {error}',
};

export default { da, en };
