export { canonicalTag, languageTagSchema, textDirection, languageName, languageChoice, type LanguageChoice } from './language-tag.ts';
export {
  addRoundLanguage, removeRoundLanguage, listRoundLanguages, translationTable, saveTranslations, MAX_ROUND_LANGUAGES,
  type RoundLanguage, type TranslationRow, type TranslationActor,
} from './round-languages.ts';
export { TRANSLATION_MAX_LENGTH, type TranslationEntry } from './translation-rules.ts';
export { exportTranslationCsv, importTranslationFile, readTranslationFile, TRANSLATION_FILE_LIMITS } from './translation-csv.ts';
export { translationSource, type SourceText, type SourceGroup } from './translation-source.ts';
export type { SurveyLanguage } from './survey-language.ts';
