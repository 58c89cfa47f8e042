export { importResponses, type ImportSummary } from './responses-import.ts';
export { validateResponses, type ImportedForm, type RoundForImport } from './responses-file.ts';
export { readAnswerCell } from './response-values.ts';
