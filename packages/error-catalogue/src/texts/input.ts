/**
 * A field of a request that failed its schema. `{field}` is said in the reader's language
 * (see field-names.ts); a field the catalogue does not know is "a field", never its path.
 */
export const inputTexts = {
  'input.invalid': {
    en: '{field} is not valid.',
    da: '{field} er ikke gyldig.',
  },
  'input.empty': {
    en: '{field} is empty; fill it in.',
    da: '{field} er tom. Udfyld den.',
  },
  'input.tooLong': {
    en: '{field} is too long: at most {limit} characters.',
    da: '{field} er for lang: højst {limit} tegn.',
  },
  'input.tooSmall': {
    en: '{field} is too small: at least {limit}.',
    da: '{field} er for lille: mindst {limit}.',
  },
  'input.tooBig': {
    en: '{field} is too big: at most {limit}.',
    da: '{field} er for stor: højst {limit}.',
  },
} as const;
