import { runReport, type ComparisonView, type Locale, type ReportDocument, type ReportPlugin, type ReportScope, type ReportView } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { codedError, codedIssue, SpejlError } from '../errors/spejl-error.ts';
import { buildReportView, loadViewSource, type ViewSource } from '../report-view/index.ts';
import { mayReadLeader, mayReadTenant, type ReportReader } from './report-access.ts';
import { loadReportSettings, pinnedReportConfigs, resolveReportConfigs, type ReportConfig } from './report-settings.ts';
import { sharedResultsCache, type RoundResultsCache } from './results-cache.ts';
import { resultsStamp } from './results-stamp.ts';

/** A closed round's results, loaded once for any number of its reports. */
export interface RoundResults {
  readonly roundId: string;
  readonly source: ViewSource;
  /** The configuration pinned at close (the tenant's current one only for a round closed before pinning existed). */
  readonly configs: readonly ReportConfig[];
  readonly superiorReadsReports: boolean;
  /** The leaders the round evaluated (its scope, less the exempt): only they have a leader report. */
  readonly subjects: ReadonlySet<string>;
}

/** A number per plugin list: results resolved against one list of plugins are not another's. */
const pluginLists = new WeakMap<readonly ReportPlugin[], number>();
let pluginListCount = 0;
function pluginListId(plugins: readonly ReportPlugin[]): number {
  return pluginLists.get(plugins) ?? pluginLists.set(plugins, ++pluginListCount).get(plugins)!;
}

/** Reads everything a closed round's reports draw on from the database and rolls it up (~120 ms on the large tenant). */
async function readRoundResults(tx: TenantTx, tenantId: string, roundId: string, plugins: readonly ReportPlugin[], earlierRoundIds: readonly string[]): Promise<RoundResults> {
  const source = await loadViewSource(tx, tenantId, roundId, { earlierRoundIds });
  const settings = await loadReportSettings(tx);
  const pinned = await pinnedReportConfigs(tx, roundId);
  const subjects = await tx.selectFrom('round_assignments').select('subject_id').distinct().where('round_id', '=', roundId).execute();
  return {
    roundId, source, configs: resolveReportConfigs(pinned ?? settings.reports, plugins), superiorReadsReports: settings.superiorReadsReports,
    subjects: new Set(subjects.map((s) => s.subject_id)),
  };
}

/**
 * A closed round's filtered roll-up and its pinned report configuration. Read once per stamp
 * (results-stamp.ts) and kept in `cache`: a closed round changes only by an import, which changes
 * its stamp. The stamp is read in the caller's transaction, so the tenant's row-level security
 * decides whether the round is there at all before anything held is used.
 */
export async function loadRoundResults(
  tx: TenantTx, tenantId: string, roundId: string, plugins: readonly ReportPlugin[], cache: RoundResultsCache = sharedResultsCache,
): Promise<RoundResults> {
  const { stamp, earlierRoundIds } = await resultsStamp(tx, tenantId, roundId);
  const key = { tenantId, roundId, stamp: `${stamp}\u001f${pluginListId(plugins)}` };
  return cache.results(key, () => readRoundResults(tx, tenantId, roundId, plugins, earlierRoundIds));
}

/** Which report, about whom, in which language. */
export interface ReportRequest {
  readonly reportId: string;
  readonly leaderId?: string;
  readonly locale: Locale;
  /** Reference groups beyond the view's own, e.g. the operators' sector benchmark. */
  readonly extraComparisons?: readonly ComparisonView[];
}

/** Levels of units a chain or tenant view lists: what the plugin's depth option asks for, else two. */
function unitDepth(options: Record<string, unknown>): number {
  const asked = options.maxDepth ?? options.unitDepth;
  return typeof asked === 'number' ? asked : 2;
}

function enabledReport(results: RoundResults, plugins: readonly ReportPlugin[], reportId: string): { plugin: ReportPlugin; config: ReportConfig } {
  const plugin = plugins.find((p) => p.id === reportId);
  const config = results.configs.find((c) => c.reportId === reportId);
  if (!plugin || !config?.enabled) throw codedError('NOT_FOUND', 'report.notUsed', { reportId });
  return { plugin, config };
}

/** Refuses a reader who may not see this report; the same answer whether or not the leader exists. */
export function assertMayRead(results: RoundResults, reader: ReportReader, scope: ReportScope, leaderId: string | undefined): void {
  const allowed = scope === 'tenant'
    ? mayReadTenant(reader)
    : leaderId !== undefined && mayReadLeader(reader, leaderId, results.source.rollup.tree, { superiorReadsReports: results.superiorReadsReports });
  if (allowed) return;
  if (scope === 'tenant') throw codedError('FORBIDDEN', 'report.overviewForbidden', {});
  throw codedError('FORBIDDEN', scope === 'leader' ? 'report.leaderForbidden' : 'report.chainForbidden', { leaderId: leaderId ?? '' });
}

/**
 * Leaders a round did not evaluate have no leader report, and a chain report only where the chain
 * holds someone it evaluated: a round of chosen chains or levels has nothing to say about the rest.
 */
function assertEvaluated(results: RoundResults, scope: ReportScope, leaderId: string): void {
  // Someone who leads nobody in the round is told exactly that by the view (buildReportView).
  const slot = results.source.rollup.tree.slotOfPersonId.get(leaderId);
  if (slot === undefined) return;
  const covered = scope === 'leader' ? results.subjects.has(leaderId) : chainsWithSubjects(results).has(leaderId);
  if (!covered) {
    // The reader may read this leader's reports (assertMayRead ran first), so the name tells them nothing new.
    const params = { leaderId, leaderName: results.source.leaders[slot]?.name ?? leaderId, round: results.source.round.name };
    throw codedError('NOT_FOUND', scope === 'leader' ? 'report.leaderNotEvaluated' : 'report.chainNotEvaluated', params);
  }
}

const chainsHeld = new WeakMap<RoundResults, ReadonlySet<string>>();

/**
 * Person ids of the leaders whose chain (themselves and every leader below) holds a leader the round
 * evaluated. Worked out once per loaded results: a server keeps those for many views (results-cache.ts).
 */
export function chainsWithSubjects(results: RoundResults): ReadonlySet<string> {
  const held = chainsHeld.get(results);
  if (held) return held;
  const { tree } = results.source.rollup;
  const idOf = (slot: number) => tree.personIds[tree.leaderPerson[slot]!]!;
  const holds = new Uint8Array(tree.leaderCount);
  for (const slot of tree.bottomUp) {
    if (results.subjects.has(idOf(slot))) holds[slot] = 1;
    const parent = tree.leaderParent[slot]!;
    if (holds[slot] && parent >= 0) holds[parent] = 1;
  }
  const out = new Set<string>();
  for (let slot = 0; slot < tree.leaderCount; slot++) if (holds[slot]) out.add(idOf(slot));
  chainsHeld.set(results, out);
  return out;
}

/**
 * A leader's report view for `reader`, under the very checks the leader report is made with: the
 * report in use in the round, the reader allowed to read it, the leader evaluated. What follows a
 * report (the follow-up's guide, the dialogue meeting's kit) is built from this, so it can show
 * nothing the report itself would not.
 */
export function leaderReportView(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, leaderId: string, locale: Locale): ReportView {
  assertReadsLeaderReport(results, plugins, reader, leaderId);
  return buildReportView(results.source, { scope: 'leader', leaderId, locale });
}

function assertReadsLeaderReport(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, leaderId: string): void {
  enabledReport(results, plugins, 'leader');
  assertMayRead(results, reader, 'leader', leaderId);
  assertEvaluated(results, 'leader', leaderId);
}

/** Whether `reader` could open this leader's report (leaderReportView's checks, as a yes or no). */
export function readsLeaderReport(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, leaderId: string): boolean {
  try {
    assertReadsLeaderReport(results, plugins, reader, leaderId);
    return true;
  } catch (error) {
    if (error instanceof SpejlError) return false;
    throw error;
  }
}

/**
 * One report of a closed round for one reader: checks the tenant's access policy, then renders
 * the plugin from the anonymity-filtered view with the options pinned at close.
 */
export function roundReport(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, request: ReportRequest): ReportDocument {
  return roundReportWithView(results, plugins, reader, request).document;
}

/** roundReport with the filtered view the document was made from, for exports that carry figures beside the document (the CLI's JSON). */
export function roundReportWithView(results: RoundResults, plugins: readonly ReportPlugin[], reader: ReportReader, request: ReportRequest): { document: ReportDocument; view: ReportView } {
  const { plugin, config } = enabledReport(results, plugins, request.reportId);
  if (plugin.scope !== 'tenant' && !request.leaderId) throw codedError('BAD_INPUT', 'report.needsLeader', {}, [codedIssue('report.needsLeader', {}, { path: 'leaderId' })]);
  assertMayRead(results, reader, plugin.scope, request.leaderId);
  if (plugin.scope !== 'tenant') assertEvaluated(results, plugin.scope, request.leaderId!);
  const leaderId = plugin.scope === 'tenant' ? undefined : request.leaderId;
  const built = buildReportView(results.source, { scope: plugin.scope, locale: request.locale, unitDepth: unitDepth(config.options), ...(leaderId ? { leaderId } : {}) });
  const view: ReportView = { ...built, comparisons: [...built.comparisons, ...(request.extraComparisons ?? [])] };
  return { document: runReport(plugin, view, config.options), view };
}
