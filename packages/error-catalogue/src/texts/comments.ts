/**
 * Comments (kommentarer): why a rater's comment or an admin's comment setting was refused. A
 * refusal never repeats the comment's text: it may be long, and it is the respondent's.
 */
export const commentTexts = {
  'comment.tooLong': {
    en: 'a comment may be at most {limit} characters; this one has {length}: shorten it and send again',
    da: 'En kommentar må højst være på {limit} tegn. Denne har {length}. Gør den kortere, og send igen.',
  },
  'comment.unknownQuestion': {
    en: 'the form has a comment to a question this round does not ask; reload the page and try again',
    da: 'Besvarelsen har en kommentar til et spørgsmål, som målingen ikke stiller. Genindlæs siden, og prøv igen.',
  },
  'comment.thresholdBelowK': {
    en: 'the comment threshold ({commentThreshold}) cannot be below the anonymity threshold ({threshold})',
    da: 'Grænsen for kommentarer ({commentThreshold}) kan ikke være lavere end anonymitetsgrænsen ({threshold}).',
  },
} as const;
