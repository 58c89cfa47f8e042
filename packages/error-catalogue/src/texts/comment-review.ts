/**
 * The comment review queue (DESIGN.md, Anonymity): why masking or releasing a round's comments was
 * refused. A refusal never repeats a comment's text.
 */
export const commentReviewTexts = {
  'comments.importAfterComments': {
    en: 'this round’s reports already show comments, so no more forms can be imported: new forms would move comments between groups and could reveal a small group’s; import a round’s paper forms in one file',
    da: 'Målingens rapporter viser allerede kommentarer, så der kan ikke importeres flere besvarelser: nye besvarelser ville flytte kommentarer mellem grupper og kunne afsløre en lille gruppes. Importér en målings papirbesvarelser i én fil.',
  },
  'comments.notReleased': {
    en: 'this round’s comments are waiting for review and are not shown yet; release them in the review queue first',
    da: 'Målingens kommentarer venter på gennemsyn og vises ikke endnu. Frigiv dem først i køen til gennemsyn.',
  },
  'commentReview.roundNotClosed': {
    en: 'comments can be reviewed and released only once the round is closed (it is {status})',
    da: 'Kommentarer kan først gennemses og frigives, når målingen er lukket (den er {status}).',
  },
  'commentReview.alreadyReleased': {
    en: 'this round’s comments are already released; nothing more can be masked or released',
    da: 'Målingens kommentarer er allerede frigivet. Der kan ikke fjernes eller frigives mere.',
  },
  'commentReview.commentNotFound': {
    en: 'the comment is not in this round’s review queue; reload the queue',
    da: 'Kommentaren findes ikke i målingens kø til gennemsyn. Genindlæs køen.',
  },
  'commentReview.textChanged': {
    en: 'the comment has changed since you opened it (someone else masked part of it); look at it again before masking',
    da: 'Kommentaren er ændret, siden du åbnede den (en anden har fjernet en del af den). Se den igen, før du fjerner noget.',
  },
  'commentReview.badSpan': {
    en: 'part {index} to mask ({start}–{end}) is not inside the comment of {length} characters',
    da: 'Del {index}, der skal fjernes ({start}–{end}), ligger ikke inden for kommentarens {length} tegn.',
  },
  'commentReview.overlappingSpans': {
    en: 'parts {first} and {second} to mask overlap; mark each piece of text once',
    da: 'Del {first} og {second}, der skal fjernes, overlapper hinanden. Markér hvert stykke tekst én gang.',
  },
  'commentReview.tooLongMasked': {
    en: 'with these parts masked the comment would be {length} characters, over the limit of {limit}: mask longer parts (a whole phrase) at once',
    da: 'Med disse dele fjernet ville kommentaren fylde {length} tegn, over grænsen på {limit}. Fjern længere dele (en hel sætning) på én gang.',
  },
  'commentReview.importAfterRelease': {
    en: 'this round’s comments have been reviewed and released, so comments can no longer be imported into it; import the file without its comment columns',
    da: 'Målingens kommentarer er gennemset og frigivet, så der kan ikke længere importeres kommentarer til den. Importér filen uden kommentarkolonnerne.',
  },
  'commentReview.archiveBeforeRelease': {
    en: 'this round’s comments are waiting for review; release them before archiving the round, or they would never reach a report',
    da: 'Målingens kommentarer venter på gennemsyn. Frigiv dem, før målingen arkiveres, ellers når de aldrig frem til en rapport.',
  },
  'commentReview.notAMark': {
    en: 'part {index} to mask is not one of the marked names, phone numbers or e-mail addresses; reload the queue, or select the text instead',
    da: 'Del {index}, der skal fjernes, er ikke et af de markerede navne, telefonnumre eller e-mailadresser. Genindlæs køen, eller markér teksten selv.',
  },
  'commentReview.selectionTooLong': {
    en: 'part {index} to mask is longer than {limit} characters: only personal data is masked, never whole sentences',
    da: 'Del {index}, der skal fjernes, er længere end {limit} tegn. Kun personoplysninger fjernes, aldrig hele sætninger.',
  },
  'commentReview.partOfWord': {
    en: 'part {index} to mask cuts a word in two: select whole words, so the respondent\'s words are not changed',
    da: 'Del {index}, der skal fjernes, deler et ord. Markér hele ord, så respondentens ord ikke ændres.',
  },
  'commentReview.touchesRemoved': {
    en: 'part {index} to mask touches text already removed ([fjernet]); select only the respondent\'s own words',
    da: 'Del {index}, der skal fjernes, rører ved tekst, der allerede er fjernet ([fjernet]). Markér kun respondentens egne ord.',
  },
  'commentReview.notPersonalData': {
    en: 'part {index} to mask does not look like personal data: a selection must begin and end with a name, a number or an address (a capitalised word inside a sentence, a word with a digit or an @); the respondent\'s other words are never removed',
    da: 'Del {index}, der skal fjernes, ligner ikke en personoplysning: En markering skal begynde og slutte med et navn, et nummer eller en adresse (et ord med stort inde i en sætning, et ord med et tal eller @). Respondentens øvrige ord fjernes aldrig.',
  },
  'commentReview.noSpans': {
    en: 'choose at least one piece of text to mask',
    da: 'Vælg mindst ét stykke tekst, der skal fjernes.',
  },
} as const;
