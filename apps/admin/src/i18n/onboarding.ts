/** Texts of onboarding: the first admin on the new-tenant form, and the checklist on a new organisation's overview. */
const da = {
  firstAdmin: {
    section: 'Første administrator',
    label: 'E-mail til organisationens første administrator',
    hint: 'Valgfrit. Personen får en invitation på mail med et personligt link, der gælder i 7 dage, og bliver administrator, når invitationen tages imod.',
    invalid: "Skriv en hel e-mailadresse, fx hr{'@'}kommune.dk, eller lad feltet stå tomt.",
    sent: 'Invitationen til {email} er sendt.',
    stored: 'Invitationen til {email} ligger i udbakken, men er ikke sendt: Spejl har ingen mailserver sat op.',
    failed: 'Invitationen til {email} kunne ikke sendes. Den ligger i udbakken med fejlen.',
  },
  checklist: {
    title: 'Kom i gang',
    intro: 'Sådan gør I {tenant} klar til den første måling. Et punkt er klaret, når det kan ses i organisationens data.',
    progress: '{done} af {total} trin er klaret',
    done: 'Klaret',
    todo: 'Mangler',
    steps: {
      branding: { label: 'Farve og logo', body: 'Organisationens farve og logo i konsollen, i mails og på spørgeskemaet.', action: 'Åbn indstillinger' },
      people: { label: 'Medarbejdere og ledere', body: 'Hierarkiet fra HR-systemet: hvem er leder for hvem.', action: 'Indlæs medarbejdere' },
      themes: { label: 'Temaer og rammesætning', body: 'Vælg ledelsestemaer og skriv eksempler, der passer til jeres fagområder.', action: 'Vælg temaer' },
      reports: { label: 'Rapportindstillinger', body: 'Hvilke rapporter lederne og organisationen får, og hvem der må læse dem.', action: 'Indstil rapporter' },
      round: { label: 'Første måling', body: 'Opret målingen, vælg temaer og datoer, og send invitationerne ud.', action: 'Opret måling' },
    },
    facts: {
      people: '{n} personer i hierarkiet',
      drafts: 'En kladde er oprettet, men ikke sendt ud endnu',
    },
  },
};

const en: typeof da = {
  firstAdmin: {
    section: 'First administrator',
    label: "E-mail of the organisation's first administrator",
    hint: 'Optional. They get an invitation by mail with a personal link valid for 7 days, and become an administrator when they accept it.',
    invalid: "Write a whole e-mail address, e.g. hr{'@'}municipality.dk, or leave the field empty.",
    sent: 'The invitation to {email} has been sent.',
    stored: 'The invitation to {email} is in the outbox but has not been sent: Spejl has no mail server set up.',
    failed: 'The invitation to {email} could not be sent. It is in the outbox with the error.',
  },
  checklist: {
    title: 'Getting started',
    intro: "How to make {tenant} ready for its first round. A step is done when the organisation's data shows it.",
    progress: '{done} of {total} steps done',
    done: 'Done',
    todo: 'To do',
    steps: {
      branding: { label: 'Colour and logo', body: "The organisation's colour and logo in the console, in mail and on the questionnaire.", action: 'Open settings' },
      people: { label: 'Employees and leaders', body: 'The hierarchy from the HR system: who leads whom.', action: 'Import people' },
      themes: { label: 'Themes and framing', body: 'Choose leadership themes and write examples that fit your professions.', action: 'Choose themes' },
      reports: { label: 'Report settings', body: 'Which reports leaders and the organisation get, and who may read them.', action: 'Set up reports' },
      round: { label: 'First round', body: 'Create the round, choose themes and dates, and send the invitations.', action: 'Create a round' },
    },
    facts: {
      people: '{n} people in the hierarchy',
      drafts: 'A draft exists but has not been sent yet',
    },
  },
};

export default { da, en };
