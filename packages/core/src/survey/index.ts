export { answerSchema, toCodes, fromCodes, BLANK_CODE, DONT_KNOW_CODE, type Answer } from './answers.ts';
export { formOwnerKey } from './form-key.ts';
export { GuessLimiter, DEFAULT_GUESS_LIMITS, type GuessLimits } from './guess-limiter.ts';
export { linkKey, linkSecret, newLinkSalt, tokenHash, formatToken, parseToken, type LinkKey, type ParsedToken } from './link-token.ts';
export { surveyContent, themeDefaultExample, type SurveyContent, type SurveyForm, type SurveyTheme, type ExampleResolver } from './content.ts';
export { findSession, type SurveySession } from './session.ts';
export { saveForm, requireOpen, type FormSave, type SaveReceipt } from './submit.ts';
export { openSurvey, saveSurveyForm, UnknownLinkError } from './survey-service.ts';
export { personalToken, personalLink } from './personal-link.ts';
