/** A round's added languages: why adding one, saving its translations or importing a translation file was refused. */
export const languageTexts = {
  'languages.badTag': {
    en: '"{tag}" is not a language tag; write one like pl, ar, uk, tr or en-GB',
    da: '"{tag}" er ikke en sprogkode. Skriv en som pl, ar, uk, tr eller en-GB.',
  },
  'languages.danishIsSource': {
    en: 'Danish is the language the round is written in; add another language to translate it into',
    da: 'Dansk er det sprog, målingen er skrevet på. Tilføj et andet sprog at oversætte til.',
  },
  'languages.exists': {
    en: 'the round already has {language}',
    da: 'Målingen har allerede {language}.',
  },
  'languages.tooMany': {
    en: 'a round can have at most {limit} languages besides Danish',
    da: 'En måling kan højst have {limit} sprog ud over dansk.',
  },
  'languages.notAdded': {
    en: 'the round has no {language}; add the language first',
    da: 'Målingen har ikke {language}. Tilføj sproget først.',
  },
  'languages.unknownKey': {
    en: '"{key}" is not a text of this round; export the file again and translate that',
    da: '"{key}" er ikke en tekst i denne måling. Eksportér filen igen, og oversæt den.',
  },
  'languages.textTooLong': {
    en: 'the translation has {length} characters, more than the {limit} a text may have',
    da: 'Oversættelsen har {length} tegn, mere end de {limit}, en tekst må have.',
  },
  'languages.formula': {
    en: 'the translation starts like a spreadsheet formula ({start}); Spejl takes no formulas: write the text without it',
    da: 'Oversættelsen begynder som en regnearksformel ({start}). Spejl tager ikke imod formler. Skriv teksten uden.',
  },
  'languages.linkMissing': {
    en: 'the translated mail text must contain {placeholder}, where the personal link goes',
    da: 'Den oversatte mailtekst skal indeholde {placeholder}, hvor det personlige link skal stå.',
  },
  'languages.secretInSubject': {
    en: 'the translated subject may not contain {placeholder}: the personal link goes only in the text',
    da: 'Det oversatte emne må ikke indeholde {placeholder}. Det personlige link må kun stå i selve teksten.',
  },
  'languages.badColumns': {
    en: 'the file needs the columns key and {language}; it has {found}. Export the file again and fill in the {language} column',
    da: 'Filen skal have kolonnerne key og {language}. Den har {found}. Eksportér filen igen, og udfyld kolonnen {language}.',
  },
  'languages.otherLanguage': {
    en: 'the file is a translation into {found}, not {language}',
    da: 'Filen er en oversættelse til {found}, ikke {language}.',
  },
  'languages.duplicateKey': {
    en: '"{key}" is in the file twice (first on line {first})',
    da: '"{key}" står to gange i filen (første gang på linje {first}).',
  },
  'languages.notXliff': {
    en: 'the file is not an XLIFF 1.2 translation file ({why})',
    da: 'Filen er ikke en XLIFF 1.2-oversættelsesfil ({why}).',
  },
  'languages.tooManyRows': {
    en: 'the file has more than {limit} texts; a round has fewer, so it is not a translation of this round',
    da: 'Filen har mere end {limit} tekster. En måling har færre, så filen er ikke en oversættelse af denne måling.',
  },
  'languages.fileTooLarge': {
    en: 'the file is {size}, more than the {limit} a translation file may be',
    da: 'Filen er {size}, mere end de {limit}, en oversættelsesfil må være.',
  },
  'languages.fileRefused': {
    en: 'the translation file has {count} {count|problem|problems}; nothing was saved',
    da: 'Oversættelsesfilen har {count} {count|problem|problemer}. Intet er gemt.',
  },
} as const;
