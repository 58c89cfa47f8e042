/**
 * Initiatives (indsatser): an admin aims material and a follow-up at a set of leaders; the leaders
 * read it and answer the follow-up. A leader who is not among an initiative's leaders is told it
 * does not exist, as for an id of another tenant.
 */
export const initiativeTexts = {
  'initiatives.notFound': {
    en: 'there is no such initiative, or it is not aimed at you',
    da: 'Indsatsen findes ikke, eller den er ikke rettet mod dig.',
  },
  'initiatives.fileNotFound': {
    en: 'there is no such file in this initiative',
    da: 'Filen findes ikke i denne indsats.',
  },
  'initiatives.notALeader': {
    en: 'only a leader linked to their place in the hierarchy can answer an initiative\'s follow-up, and only their own',
    da: 'Kun en leder, der er knyttet til sin plads i hierarkiet, kan besvare en indsats\' opfølgning, og kun sin egen.',
  },
  'initiatives.linkNotWeb': {
    en: 'the link {url} must be a web address starting with http:// or https://',
    da: 'Linket {url} skal være en webadresse, der begynder med http:// eller https://.',
  },
  'initiatives.fileEmpty': {
    en: 'the file {fileName} is empty',
    da: 'Filen {fileName} er tom.',
  },
  'initiatives.fileTooLarge': {
    en: 'the file {fileName} is larger than {limit} MB',
    da: 'Filen {fileName} er større end {limit} MB.',
  },
  'initiatives.fileTypeRefused': {
    en: 'the file {fileName} is not a PDF, Word, PowerPoint, Excel, PNG, JPEG or plain text file (its contents were checked, not only its name)',
    da: 'Filen {fileName} er ikke en PDF-, Word-, PowerPoint-, Excel-, PNG-, JPEG- eller tekstfil (indholdet er kontrolleret, ikke kun navnet).',
  },
  'initiatives.tooManyFiles': {
    en: 'an initiative can hold at most {max} files',
    da: 'En indsats kan højst have {max} filer.',
  },
  'initiatives.noLeaders': {
    en: 'the chosen aim reaches no leaders; choose another',
    da: 'Det valgte mål rammer ingen ledere. Vælg et andet.',
  },
  'initiatives.notALeaderToAim': {
    en: '{leaderId} is not a leader in today\'s hierarchy',
    da: '{leaderId} er ikke leder i det nuværende hierarki.',
  },
  'initiatives.roundNotClosed': {
    en: 'only the results of a closed round can choose leaders',
    da: 'Kun resultaterne fra en lukket måling kan udvælge ledere.',
  },
  'initiatives.themeNotInRound': {
    en: 'the round did not ask about the theme {themeId}',
    da: 'Målingen spurgte ikke om temaet {themeId}.',
  },
  'initiatives.followUpNotYet': {
    en: 'the follow-up opens on {date}; you can answer it from then',
    da: 'Opfølgningen åbner den {date}. Du kan besvare den fra da.',
  },
  'initiatives.answerEmpty': {
    en: 'write at least one of the three answers before you send the follow-up',
    da: 'Skriv mindst ét af de tre svar, før du sender opfølgningen.',
  },
  'initiatives.followUpInPast': {
    en: 'the follow-up date {date} has passed; choose today or a later day',
    da: 'Opfølgningsdatoen {date} er passeret. Vælg i dag eller en senere dag.',
  },
} as const;
