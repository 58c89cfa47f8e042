export { appRouter, type AppRouter } from './root.ts';
export {
  createContext,
  createCallerFactory,
  isTenantProcedure,
  type ApiServices,
  type Context,
  type SessionUser,
  type TenantRole,
} from './trpc.ts';
export { surveyRoutes, type SurveyRouteOptions } from './survey/survey-routes.ts';
export { downloadRoutes, REPORT_JOB_DOWNLOAD } from './downloads/report-job-download.ts';
export { INITIATIVE_FILE_DOWNLOAD, SAFE_FILE_HEADERS } from './downloads/initiative-file-download.ts';
export { databaseUnavailable } from './errors.ts';
