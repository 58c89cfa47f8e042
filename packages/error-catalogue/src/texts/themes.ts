/** Refusals about the tenant's themes and local questions. */
export const themeTexts = {
  'theme.notFound': {
    en: 'there is no theme "{themeId}"',
    da: 'Der er intet tema "{themeId}".',
  },
  'theme.noLocalQuestions': {
    en: 'there are no local questions yet; write some before switching them on or off',
    da: 'Der er endnu ingen lokale spørgsmål. Skriv nogle, før de slås til eller fra.',
  },
  'theme.localQuestionsChanged': {
    en: 'the local questions were changed by someone else; reload and apply your changes again',
    da: 'En anden har ændret de lokale spørgsmål. Genindlæs siden, og lav dine ændringer igen.',
  },
} as const;
