// The framing text before the statements. The employee version is the source text's; the
// leader's own and the superior's are the same text adapted in wording (I-form; the leader in third person).

/** The intro each rater role reads; {{omraadeeksempel}} becomes the area-specific example. */
export const intro = {
  employee: {
    da: 'De næste spørgsmål handler om, hvordan du oplever din leders fokus på at sætte borgerne i centrum. Når vi bruger ordet "borgere" i spørgsmålene nedenfor, tænker vi både på fx {{omraadeeksempel}} som en bred gruppe. Selvom du ikke selv har direkte borgerkontakt, kan din leder stadig godt gøre det tydeligt for dig, hvordan I – igennem andre – skaber værdi for borgerne.',
    en: 'The next questions are about how you experience your leader\'s focus on putting citizens at the centre. When we use the word "citizens" in the questions below, we are thinking broadly of, for example, {{omraadeeksempel}}. Even if you have no direct contact with citizens yourself, your leader can still make it clear to you how you – through others – create value for citizens.',
  },
  self: {
    da: 'De næste spørgsmål handler om dit eget fokus på at sætte borgerne i centrum. Når vi bruger ordet "borgere" i spørgsmålene nedenfor, tænker vi både på fx {{omraadeeksempel}} som en bred gruppe. Selvom dine medarbejdere ikke selv har direkte borgerkontakt, kan du stadig godt gøre det tydeligt for dem, hvordan I – igennem andre – skaber værdi for borgerne.',
    en: 'The next questions are about your own focus on putting citizens at the centre. When we use the word "citizens" in the questions below, we are thinking broadly of, for example, {{omraadeeksempel}}. Even if your employees have no direct contact with citizens themselves, you can still make it clear to them how you – through others – create value for citizens.',
  },
  superior: {
    da: 'De næste spørgsmål handler om, hvordan du oplever lederens fokus på at sætte borgerne i centrum. Når vi bruger ordet "borgere" i spørgsmålene nedenfor, tænker vi både på fx {{omraadeeksempel}} som en bred gruppe. Selvom lederens medarbejdere ikke selv har direkte borgerkontakt, kan lederen stadig godt gøre det tydeligt for dem, hvordan de – igennem andre – skaber værdi for borgerne.',
    en: 'The next questions are about how you experience the leader\'s focus on putting citizens at the centre. When we use the word "citizens" in the questions below, we are thinking broadly of, for example, {{omraadeeksempel}}. Even if the leader\'s employees have no direct contact with citizens themselves, the leader can still make it clear to them how they – through others – create value for citizens.',
  },
};

/** What {{omraadeeksempel}} becomes when the organisation has not set an example: per sector, else neutral. */
export const framing = {
  neutral: { da: 'brugere, pårørende og samarbejdspartnere', en: 'service users, relatives and partners' },
  sectors: {
    kommune: { da: 'brugere, pårørende, elever og forældre', en: 'service users, relatives, pupils and parents' },
    region: { da: 'patienter og pårørende', en: 'patients and relatives' },
    stat: { da: 'virksomheder, brugere og andre myndigheder', en: 'businesses, service users and other authorities' },
  },
  note: { da: 'Rammesætningen vil være tilpasset forskellige sektorer.', en: 'The framing is adapted to the different sectors.' },
};
