export { buildReportView, type ViewSource, type ViewRequest } from './report-view.ts';
export { loadViewSource, renderReport } from './view-source.ts';
