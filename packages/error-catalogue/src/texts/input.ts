/**
 * A field of a request that failed its schema. `{field}` is said in the reader's language
 * (see value-words.ts); a field the catalogue does not know is "a field", never its path.
 */
export const inputTexts = {
  'input.invalid': {
    en: '{field} is not filled in correctly.',
    da: '{field} er ikke udfyldt rigtigt.',
  },
  'input.empty': {
    en: '{field} must be filled in.',
    da: '{field} skal udfyldes.',
  },
  'input.tooLong': {
    en: '{field} may have at most {limit} characters.',
    da: '{field} må højst have {limit} tegn.',
  },
  'input.tooSmall': {
    en: '{field} must be at least {limit}.',
    da: '{field} skal være mindst {limit}.',
  },
  'input.tooBig': {
    en: '{field} may be at most {limit}.',
    da: '{field} må højst være {limit}.',
  },
  'input.notSaved': {
    en: 'nothing was saved; correct what is marked and save again',
    da: 'Intet blev gemt. Ret det markerede, og gem igen.',
  },
} as const;
