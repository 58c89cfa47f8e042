export { SpejlError, formatIssue, type InputIssue, type SpejlErrorKind } from './errors/spejl-error.ts';
export * from './accounts/index.ts';
export * from './audit/index.ts';
export * from './hierarchy/index.ts';
export * from './mail/index.ts';
export * from './tenants/index.ts';
export * from './responses/index.ts';
export * from './rounds/index.ts';
export * from './survey/index.ts';
