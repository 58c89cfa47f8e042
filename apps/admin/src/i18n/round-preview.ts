/** Texts of a round's preview as its respondents will meet it, and of the test invitation. */
const da = {
  heading: 'Forhåndsvisning og testinvitation',
  intro: 'Se målingen, som respondenterne får den – temaerne, rammesætningen med faggruppens eksempel, jeres egne udsagn, rollens formuleringer og invitationen – uden at der dannes spørgeskemaer eller sendes noget til nogen.',
  as: { employee: 'Forhåndsvis som medarbejder', self: 'Forhåndsvis som leder', superior: 'Forhåndsvis som overordnet', peer: 'Forhåndsvis som sideordnet leder' },
  hide: 'Skjul forhåndsvisningen',
  notice: 'Forhåndsvisning: Svar kan ikke sendes herfra, og intet tæller med.',
  forms: '{n} spørgeskemaer i målingen ser sådan ud. | 1 spørgeskema i målingen ser sådan ud. | {n} spørgeskemaer i målingen ser sådan ud.',
  none: 'Ingen i målingen svarer i denne rolle.',
  live: 'Opgjort på det nuværende hierarki.',
  invitation: 'Invitationen',
  invitationHelp: 'Rundens egen tekst, som den sendes. Det personlige link er skjult her.',
  subject: 'Emne',
  questionnaire: 'Spørgeskemaet',
  /** Said in the respondent's language, as the survey says it. */
  about: { employee: 'Om din leder, {name}', self: 'Om dig selv som leder', superior: 'Om {name}, som du er overordnet leder for', peer: 'Om {name}, som du arbejder tæt sammen med som sideordnet leder' },
  someLeader: 'lederen',
  page: { title: 'Forhåndsvisning: {name}', back: 'Til målingen', section: 'Sådan møder respondenterne målingen' },
  test: {
    send: 'Send en testinvitation til mig selv',
    help: 'Du får invitationen, præcis som respondenterne får den, mærket som test. Linket åbner denne forhåndsvisning: Svar kan ikke sendes, og intet tæller med i svarprocenten. Højst 5 i timen.',
    sent: 'Testinvitationen er sendt til {email}. Den ligger også i udbakken.',
  },
};

const en: typeof da = {
  heading: 'Preview and test invitation',
  intro: 'See the round as its respondents will get it – the themes, the framing with the faggruppe\'s example, your own statements, the role\'s wording and the invitation – without creating any questionnaire or sending anything to anyone.',
  as: { employee: 'Preview as an employee', self: 'Preview as the leader', superior: 'Preview as the superior', peer: 'Preview as a peer' },
  hide: 'Hide the preview',
  notice: 'Preview: answers cannot be sent from here, and nothing counts.',
  forms: '{n} questionnaires in the round look like this. | 1 questionnaire in the round looks like this. | {n} questionnaires in the round look like this.',
  none: 'Nobody in the round answers in this role.',
  live: 'Counted on the current hierarchy.',
  invitation: 'The invitation',
  invitationHelp: 'The round\'s own text, as it is sent. The personal link is hidden here.',
  subject: 'Subject',
  questionnaire: 'The questionnaire',
  about: { employee: 'About your leader, {name}', self: 'About yourself as a leader', superior: 'About {name}, whose superior you are', peer: 'About {name}, whom you work closely with as a peer' },
  someLeader: 'the leader',
  page: { title: 'Preview: {name}', back: 'To the round', section: 'How respondents meet the round' },
  test: {
    send: 'Send a test invitation to myself',
    help: 'You get the invitation exactly as respondents do, marked as a test. Its link opens this preview: answers cannot be sent, and nothing counts in the response rate. At most 5 an hour.',
    sent: 'The test invitation was sent to {email}. It is in the outbox too.',
  },
};

export default { da, en };
