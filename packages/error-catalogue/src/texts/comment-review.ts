/**
 * The comment review queue (DESIGN.md, Anonymity): why masking or releasing a round's comments was
 * refused. A refusal never repeats a comment's text.
 */
export const commentReviewTexts = {
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
  'commentReview.noSpans': {
    en: 'choose at least one piece of text to mask',
    da: 'Vælg mindst ét stykke tekst, der skal fjernes.',
  },
} as const;
