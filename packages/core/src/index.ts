export { SpejlError, formatIssue, type InputIssue, type SpejlErrorKind } from './errors/spejl-error.ts';
