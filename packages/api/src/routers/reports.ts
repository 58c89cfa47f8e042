import { z } from 'zod';
import {
  BENCHMARK_MIN_TENANTS, commentExportCsv, commentExportCsvExcel, commentExportXlsx, loadCommentReaderExport, loadReportSettings, loadRoundResults, loadRoundRollup, myReports, reportJobProgress, reportJobsOf, resolveReportConfigs, rollupCsv, rollupCsvExcel, rollupXlsx, roundReport,
  previewReport, reportFileName, reportKindTitle, roundResultsIndex, safeFileName, saveReportSettings, sectorBenchmark, codedError, startReportJob, tenantThemes, type ReportReader,
} from '@spejl/core';
import { withTenant } from '@spejl/db';
import { reports as plugins, themes as platformThemes } from '@spejl/plugin-registry';
import { renderHtml, renderPdf } from '@spejl/report-render';
import { operatorProcedure, requireRole, router, tenantProcedure, type TenantContext } from '../trpc.ts';

const tenant = z.object({ tenantId: z.uuid() });
const locale = z.enum(['da', 'en']).default('da');
const round = tenant.extend({ roundId: z.uuid(), locale });
const report = round.extend({ reportId: z.string().min(1).max(100), leaderId: z.string().min(1).max(200).optional() });
const admin = tenantProcedure.use(requireRole('admin'));
const analyst = tenantProcedure.use(requireRole('admin', 'analyst'));

const reader = (ctx: Pick<TenantContext, 'role' | 'personId'>): ReportReader => ({ role: ctx.role, personId: ctx.personId });

/** The report document, with which report it is ("Lederrapport") and its download name, since a leader's and a chain's report share a title. */
async function document(ctx: TenantContext, input: z.output<typeof report>) {
  const results = await loadRoundResults(ctx.tx, ctx.tenantId, input.roundId, plugins, ctx.resultsCache);
  const doc = roundReport(results, plugins, reader(ctx), input);
  // roundReport has refused a report not in use, so the plugin is there.
  const kind = reportKindTitle(plugins.find((p) => p.id === input.reportId)!, input.locale);
  const fileStem = { kind, subject: doc.title, round: results.source.round.name };
  return { doc, kind, fileName: (extension: 'pdf' | 'html') => reportFileName(fileStem, extension) };
}

/** Which leader's report was read, for the audit log: the one asked for, or a leader's own. */
function subjectOf(ctx: Pick<TenantContext, 'role' | 'personId'>, input: { leaderId?: string }): string | null {
  return input.leaderId ?? (ctx.role === 'leader' ? ctx.personId : null);
}

const storedConfig = z.object({ enabled: z.boolean(), options: z.record(z.string(), z.unknown()) });

/** Reports of closed rounds, who may read which, their settings per tenant, and their exports. */
export const reportsRouter = router({
  /** Closed main rounds, newest first: the rounds that have reports (every member may list them); pulses are listed with their round. */
  rounds: tenantProcedure.input(tenant).query(({ ctx }) =>
    ctx.tx.selectFrom('rounds').select(['id', 'name', 'status', 'closed_at as closedAt']).where('status', 'in', ['closed', 'archived']).where('parent_round_id', 'is', null).orderBy('closed_at', 'desc').execute(),
  ),
  /** A leader's own page: per closed round their own reports and, as the tenant allows, their direct reports'; `bound` false when no person is set. */
  mine: tenantProcedure.use(requireRole('leader')).input(tenant.extend({ locale })).query(async ({ ctx, input }) => ({
    bound: ctx.personId !== null,
    rounds: await myReports(ctx.tx, ctx.tenantId, reader(ctx), plugins, input.locale, ctx.resultsCache),
  })),
  /** The reports in use and the leaders whose reports the caller may open, for the round results page. */
  results: tenantProcedure.input(round).query(async ({ ctx, input }) => roundResultsIndex(await loadRoundResults(ctx.tx, ctx.tenantId, input.roundId, plugins, ctx.resultsCache), plugins, reader(ctx), input.locale)),
  /** One report document, rendered from the anonymity-filtered view with the configuration pinned at close, and `kind`: which report it is. */
  document: tenantProcedure.input(report).query(async ({ ctx, input }) => {
    const { doc, kind } = await document(ctx, input);
    await ctx.audit('report.read', subjectOf(ctx, input), { reportId: input.reportId, roundId: input.roundId });
    return { ...doc, kind };
  }),
  /** The same report as a PDF (base64). */
  pdf: tenantProcedure.input(report).mutation(async ({ ctx, input }) => {
    const { doc, fileName } = await document(ctx, input);
    await ctx.audit('report.pdf', subjectOf(ctx, input), { reportId: input.reportId, roundId: input.roundId });
    return { fileName: fileName('pdf'), contentBase64: (await renderPdf(doc)).toString('base64') };
  }),
  /** The same report as one standalone HTML page. */
  html: tenantProcedure.input(report).mutation(async ({ ctx, input }) => {
    const { doc, fileName } = await document(ctx, input);
    await ctx.audit('report.html', subjectOf(ctx, input), { reportId: input.reportId, roundId: input.roundId });
    return { fileName: fileName('html'), html: renderHtml(doc) };
  }),
  /** Queues one PDF per leader the caller may read, rendered by the background worker; while one is queued or running, returns that one. */
  startBulkPdf: tenantProcedure.input(round).mutation(async ({ ctx, input }) => {
    const job = await startReportJob(ctx.tx, ctx.tenantId, { userId: ctx.user.id, reader: reader(ctx) }, input, plugins);
    await ctx.audit('report.bulk-pdf', input.roundId, { jobId: job.jobId });
    return job;
  }),
  /** Progress of a bulk PDF job the caller started; the finished ZIP is a plain download (GET /api/report-jobs/:tenantId/:jobId/download). */
  bulkPdfStatus: tenantProcedure.input(tenant.extend({ jobId: z.uuid() })).query(({ ctx, input }) => reportJobProgress(ctx.tx, ctx.user.id, input.jobId)),
  /** The caller's own bulk PDF jobs for a round, newest first, so the console picks up the latest after a reload. */
  bulkPdfJobs: tenantProcedure.input(tenant.extend({ roundId: z.uuid() })).query(({ ctx, input }) => reportJobsOf(ctx.tx, ctx.user.id, input.roundId)),
  /**
   * The round's roll-up export (DESIGN.md's columns, anonymity applied), base64: DESIGN.md's CSV, the same rows as
   * CSV for Danish Excel (`;`, decimal comma, BOM), or XLSX.
   */
  rollupExport: analyst.input(tenant.extend({ roundId: z.uuid(), format: z.enum(['csv', 'csv-excel', 'xlsx']), locale })).mutation(async ({ ctx, input }) => {
    const loaded = await loadRoundRollup(ctx.tx, input.roundId);
    await ctx.audit('rollup.export', input.roundId, { format: input.format });
    const name = safeFileName(loaded.name);
    if (input.format === 'xlsx') return { fileName: `${name} – roll-up.xlsx`, contentBase64: (await rollupXlsx(loaded.rollup)).toString('base64') };
    const excel = input.format === 'csv-excel';
    const text = excel ? rollupCsvExcel(loaded.rollup, input.locale) : rollupCsv(loaded.rollup);
    return { fileName: `${name} – roll-up${excel ? ' (Excel)' : ''}.csv`, contentBase64: Buffer.from(text).toString('base64') };
  }),
  /**
   * The comments the round's reports show (anonymity and release applied), base64: DESIGN.md's CSV (its machine
   * columns, formula-guarded), or for a person with a spreadsheet CSV for Danish Excel (formula-guarded) or XLSX
   * (string cells, never evaluated), both headed in `locale` with the leader's name and unit, the scope and
   * respondent group in words and the question as respondents read it. Refused while the comments wait for review.
   */
  commentsExport: analyst.input(tenant.extend({ roundId: z.uuid(), format: z.enum(['csv', 'csv-excel', 'xlsx']), locale })).mutation(async ({ ctx, input }) => {
    // Loading refuses an unknown or unreleased round (coded) before the file is named.
    const { rows, words } = await loadCommentReaderExport(ctx.tx, ctx.tenantId, input.roundId, input.locale);
    const round = await ctx.tx.selectFrom('rounds').select('name').where('tenant_id', '=', ctx.tenantId).where('id', '=', input.roundId).executeTakeFirstOrThrow();
    await ctx.audit('comments.export', input.roundId, { format: input.format, comments: rows.length });
    const name = safeFileName(round.name);
    if (input.format === 'xlsx') return { fileName: `${name} – kommentarer.xlsx`, contentBase64: (await commentExportXlsx(rows, words)).toString('base64') };
    const excel = input.format === 'csv-excel';
    const text = excel ? commentExportCsvExcel(rows, words) : commentExportCsv(rows);
    return { fileName: `${name} – kommentarer${excel ? ' (Excel)' : ''}.csv`, contentBase64: Buffer.from(text).toString('base64') };
  }),

  /** The tenant's report plugins with their option schemas (JSON Schema, for the settings form), choices and access policy. */
  settings: analyst.input(tenant).query(async ({ ctx }) => {
    const saved = await loadReportSettings(ctx.tx);
    const configs = resolveReportConfigs(saved.reports, plugins);
    return {
      revision: saved.revision,
      superiorReadsReports: saved.superiorReadsReports,
      reports: plugins.map((p, i) => ({
        id: p.id, scope: p.scope, title: p.title, enabled: configs[i]!.enabled, options: configs[i]!.options,
        schema: z.toJSONSchema(p.options, { io: 'input', unrepresentable: 'any' }),
      })),
    };
  }),
  /** Saves which reports the tenant uses and their options; every plugin checks its own options. */
  saveSettings: admin
    .input(tenant.extend({ expectedRevision: z.number().int().positive().nullable(), superiorReadsReports: z.boolean(), reports: z.record(z.string().max(100), storedConfig) }))
    .mutation(async ({ ctx, input }) => {
      const saved = await saveReportSettings(ctx.tx, ctx.tenantId, input, plugins, ctx.user.id);
      await ctx.audit('report.settings', null, { revision: saved.revision, superiorReadsReports: saved.superiorReadsReports });
      return saved;
    }),
  /** A report with the given options on a made-up round (the tenant's themes and name, real roll-up and anonymity): what the settings would look like. */
  preview: analyst.input(tenant.extend({ reportId: z.string().min(1).max(100), options: z.record(z.string(), z.unknown()), locale })).query(async ({ ctx, input }) => {
    const plugin = plugins.find((p) => p.id === input.reportId);
    if (!plugin) throw codedError('NOT_FOUND', 'report.pluginNotFound', { reportId: input.reportId });
    const themes = (await tenantThemes(ctx.tx, platformThemes)).slice(0, 3);
    const organisation = await ctx.tx.selectFrom('tenants').select('name').where('id', '=', ctx.tenantId).executeTakeFirstOrThrow();
    return previewReport(plugin, themes, organisation.name, input.locale, input.options);
  }),

  /**
   * Operators: the organisation overview with a benchmark against the other organisations of its sector
   * (each read in its own tenant transaction); `contributors` below `minimum` means no sector figure is shown.
   */
  benchmark: operatorProcedure.input(round).query(async ({ ctx, input }) => {
    const operator: ReportReader = { role: 'operator', personId: null };
    const results = await withTenant(ctx.db, input.tenantId, (tx) => loadRoundResults(tx, input.tenantId, input.roundId, plugins, ctx.resultsCache));
    const sector = await sectorBenchmark(ctx.db, input.tenantId, results.source.themes, input.locale);
    const document = roundReport(results, plugins, operator, { reportId: 'tenant', locale: input.locale, extraComparisons: sector.comparison ? [sector.comparison] : [] });
    return { document, published: sector.comparison !== null, contributors: sector.contributors, minimum: BENCHMARK_MIN_TENANTS };
  }),
});
