export { UPLOAD_LIMITS, megabytes } from './upload-limits.ts';
export { neutraliseFormula, startsLikeFormula } from './spreadsheet-formulas.ts';
export { fileIssue, type FileIssueCode } from './file-issues.ts';
