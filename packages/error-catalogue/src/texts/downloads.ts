/** The plain download links of the console (bulk PDF jobs, initiative files), opened in a browser tab. */
export const downloadTexts = {
  'download.badLink': {
    en: 'This download link is not complete. Go back to the page you came from and click the link there again.',
    da: 'Linket til filen er ikke helt. Gå tilbage til siden, du kom fra, og klik på linket der igen.',
  },
  'download.signInFirst': {
    en: 'Sign in to Spejl first, then open the link again.',
    da: 'Log ind i Spejl først, og åbn så linket igen.',
  },
} as const;
