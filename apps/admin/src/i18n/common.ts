/** Words every feature shares: actions, states, roles, sectors and error explanations. */
const da = {
  file: { choose: 'Vælg fil', another: 'Vælg en anden fil', none: 'Ingen fil valgt.' },
  appName: 'Spejl',
  appTagline: 'Ledelsesevaluering',
  actions: {
    save: 'Gem',
    saving: 'Gemmer …',
    cancel: 'Annuller',
    create: 'Opret',
    remove: 'Fjern',
    back: 'Tilbage',
    retry: 'Prøv igen',
    close: 'Luk',
    confirm: 'Bekræft',
  },
  states: {
    loading: 'Indlæser …',
  },
  roles: {
    operator: 'Operatør',
    admin: 'Administrator',
    analyst: 'Analytiker',
    leader: 'Leder',
  },
  sectors: {
    kommune: 'Kommune',
    region: 'Region',
    stat: 'Stat',
  },
  locales: {
    da: 'Dansk',
    en: 'English',
  },
  errors: {
    generic: 'Noget gik galt. Prøv igen om lidt.',
    network: 'Spejl kunne ikke nås. Tjek din forbindelse, og prøv igen.',
    unauthorized: 'Du er ikke logget ind længere. Log ind igen.',
    forbidden: 'Du har ikke adgang til dette.',
    notFound: 'Det blev ikke fundet. Måske er det slettet.',
    conflict: 'Det findes allerede eller er lige blevet ændret af en anden.',
    badInput: 'Noget af det indtastede er ikke gyldigt.',
    correct: 'Rettelser mangler:',
    tooManyRequests: 'For mange forsøg lige nu. Vent et øjeblik, og prøv igen.',
    databaseUnavailable: 'Forbindelsen til databasen blev afbrudt – prøv igen.',
    details: 'Detaljer:',
    line: 'linje {n}',
    uncodedIssue: 'Værdien kan ikke bruges. Ret den, og prøv igen.',
  },
};

const en: typeof da = {
  file: { choose: 'Choose file', another: 'Choose another file', none: 'No file chosen.' },
  appName: 'Spejl',
  appTagline: 'Leadership evaluation',
  actions: {
    save: 'Save',
    saving: 'Saving …',
    cancel: 'Cancel',
    create: 'Create',
    remove: 'Remove',
    back: 'Back',
    retry: 'Try again',
    close: 'Close',
    confirm: 'Confirm',
  },
  states: {
    loading: 'Loading …',
  },
  roles: {
    operator: 'Operator',
    admin: 'Administrator',
    analyst: 'Analyst',
    leader: 'Leader',
  },
  sectors: {
    kommune: 'Municipality',
    region: 'Region',
    stat: 'State',
  },
  locales: {
    da: 'Dansk',
    en: 'English',
  },
  errors: {
    generic: 'Something went wrong. Please try again shortly.',
    network: 'Spejl could not be reached. Check your connection and try again.',
    unauthorized: 'You are no longer signed in. Please sign in again.',
    forbidden: 'You do not have access to this.',
    notFound: 'It was not found. It may have been deleted.',
    conflict: 'It already exists or was just changed by someone else.',
    badInput: 'Some of what you entered is not valid.',
    correct: 'Please correct:',
    tooManyRequests: 'Too many attempts right now. Wait a moment and try again.',
    databaseUnavailable: 'The connection to the database was lost – please try again.',
    details: 'Details:',
    line: 'line {n}',
    uncodedIssue: 'The value cannot be used. Correct it and try again.',
  },
};

export default { da, en };
