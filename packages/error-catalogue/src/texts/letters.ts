/** Printed invitations and their typed codes (issue 17): why a print or a code was refused. */
export const letterTexts = {
  'letters.roundNotOpen': {
    en: 'letters can be printed only while round "{round}" is open',
    da: 'Der kan kun udskrives breve, mens målingen "{round}" er åben.',
  },
  'letters.nobody': {
    en: 'no respondent of round "{round}" matches: nobody to print a letter for',
    da: 'Ingen respondenter i målingen "{round}" passer, så der er ingen breve at udskrive.',
  },
  'letters.tooMany': {
    en: 'at most {limit} letters can be printed at once; choose fewer people',
    da: 'Der kan højst udskrives {limit} breve ad gangen. Vælg færre personer.',
  },
  'letters.unknownCode': {
    en: 'this code is not valid: check the code in your letter (it may have been replaced by a newer letter)',
    da: 'Koden er ikke gyldig. Tjek koden i dit brev (den kan være erstattet af et nyere brev).',
  },
} as const;
