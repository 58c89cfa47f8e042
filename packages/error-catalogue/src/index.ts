export { CATALOGUE, isErrorCode, type CodedError, type ErrorCode, type ErrorParams } from './catalogue.ts';
export { LANGUAGES, type Language } from './language.ts';
export { fillTemplate, placeholdersOf, renderError } from './render.ts';
export { SOME_FIELD, VALUE_WORDS, valueInWords } from './value-words.ts';
