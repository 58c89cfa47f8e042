import { runReport, tenantFramingFrom, type AnyTheme, type ReportDocument, type ReportPlugin } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { loadCommentSets } from '../comments/comment-sets.ts';
import { SpejlError } from '../errors/spejl-error.ts';
import { loadInvitations, loadRoundRollup } from '../rollup/round-rollup.ts';
import { loadFramingSettings } from '../themes/tenant-framing.ts';
import { loadTrendSource } from '../trends/trend-source.ts';
import { loadUnitFaggrupper } from './unit-faggrupper.ts';
import { buildReportView, type ViewRequest, type ViewSource } from './report-view.ts';

/**
 * Everything reports of one round draw on, loaded once: the filtered roll-up, invitations,
 * pinned themes, the tenant's framing and name, and the earlier closed rounds its trends reach back to.
 */
export async function loadViewSource(tx: TenantTx, tenantId: string, roundId: string, options: { earlierRoundIds?: readonly string[] } = {}): Promise<ViewSource> {
  const loaded = await loadRoundRollup(tx, roundId);
  const tenant = await tx.selectFrom('tenants').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow();
  return {
    rollup: loaded.rollup,
    leaders: loaded.leaders,
    invited: await loadInvitations(tx, roundId, loaded.rollup.tree),
    round: { name: loaded.name, closedAt: loaded.closedAt?.toISOString() ?? null },
    organisationName: tenant.name,
    // A round pins each theme's whole content, validated by defineTheme (rounds/theme-pinning.ts).
    themes: loaded.themes as unknown as AnyTheme[],
    framing: tenantFramingFrom(await loadFramingSettings(tx, tenantId)),
    trend: await loadTrendSource(tx, roundId, options.earlierRoundIds ?? []),
    unitFaggrupper: await loadUnitFaggrupper(tx, roundId, loaded.leaderPlaces, loaded.rollup.k),
    comments: await loadCommentSets(tx, tenantId, roundId, loaded.rollup),
  };
}

/** Renders one report plugin on the filtered view: the only way a report sees a round's results. */
export function renderReport(report: ReportPlugin, source: ViewSource, request: ViewRequest, options: unknown = {}): ReportDocument {
  if (report.scope !== request.scope) throw new SpejlError('BAD_INPUT', `report "${report.id}" is a ${report.scope} report; it cannot render a ${request.scope} view`);
  return runReport(report, buildReportView(source, request), options);
}
