/** Texts of the outbox page (mail stored instead of sent). */
const da = {
  title: 'Udbakke',
  intro: 'Mails, som Spejl har sendt. Når der ikke er sat en mailserver op, gemmes de her i stedet for at blive sendt, så du kan åbne links direkte herfra.',
  empty: 'Udbakken er tom.',
  search: 'Søg efter modtager eller emne',
  searchPlaceholder: "Fx navn{'@'}kommune.dk",
  newest: 'Viser de {n} nyeste. Søg for at finde en bestemt mail.',
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
  intro: 'Emails Spejl has sent. When no mail server is set up they are kept here instead of being sent, so you can open links directly from here.',
  empty: 'The outbox is empty.',
  search: 'Search by recipient or subject',
  searchPlaceholder: "E.g. name{'@'}municipality.dk",
  newest: 'Showing the {n} newest. Search to find a particular email.',
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
