/** The survey's words live in the SDK, where the server's translation files read them too. */
export { messages, type SurveyLocale } from '@spejl/plugin-sdk/survey-texts';
