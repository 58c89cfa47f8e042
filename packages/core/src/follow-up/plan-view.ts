import { runReport, type Locale, type ReportPlugin } from '@spejl/plugin-sdk';
import { buildReportView } from '../report-view/index.ts';
import { readsLeaderReport, type RoundResults } from '../reports/round-reports.ts';
import { conversationGuide, readingQuestionsOf, type GuideTheme } from './conversation-guide.ts';
import { readsPlanText, type PlanAccess, type PlanReader } from './plan-access.ts';
import type { FocusStatus } from './plan-input.ts';
import { roundLeader } from './round-leaders.ts';
import type { StoredPlan } from './plan-store.ts';

/** What a plan says, for those who may read it. */
export interface PlanText {
  readonly readingQuestions: readonly string[];
  readonly readingNotes: readonly string[];
  readonly agreements: string;
  /** The conversation guide for the talk: published theme means (when the reader may read the report) and reflection questions. */
  readonly guide: readonly GuideTheme[];
}

/** A plan as one reader sees it: its status always, its text when their access allows. */
export interface PlanView {
  readonly id: string;
  readonly roundId: string;
  readonly roundName: string;
  readonly access: Exclude<PlanAccess, 'none'>;
  readonly leader: { readonly personId: string; readonly name: string; readonly unitName: string | null };
  readonly superior: { readonly personId: string; readonly name: string } | null;
  readonly talkAt: string;
  readonly talkHeld: boolean;
  readonly talkConfirmed: boolean;
  readonly revision: number;
  readonly updatedAt: string;
  /** The round's themes and their items, for naming focus points. */
  readonly themes: readonly { readonly id: string; readonly title: string; readonly items: readonly { readonly id: string; readonly label: string }[] }[];
  /** `actions` is null where the reader sees the status only. */
  readonly focusPoints: readonly { readonly themeId: string; readonly itemId: string | null; readonly dueOn: string | null; readonly status: FocusStatus; readonly actions: string | null }[];
  readonly text: PlanText | null;
  /** The talk's agreements for the superior (`talk` access), who confirms them without reading the rest of the plan. */
  readonly talkAgreements: string | null;
}

/** The leader report's closing questions in `locale`, or none when the round does not use the leader report. */
function readingQuestions(plugins: readonly ReportPlugin[], results: RoundResults, view: Parameters<typeof runReport>[1]): readonly string[] {
  const plugin = plugins.find((p) => p.id === 'leader');
  const config = results.configs.find((c) => c.reportId === 'leader');
  if (!plugin) return [];
  return readingQuestionsOf(runReport(plugin, view, config?.options ?? {}));
}

/**
 * Builds the plan as `reader` may see it. The guide comes from the leader's report view, which is
 * built from the anonymity-filtered roll-up only; its means are shown only to a reader who may read
 * the leader's report under the tenant's report policy.
 */
export function planView(plan: StoredPlan, access: Exclude<PlanAccess, 'none'>, reader: PlanReader, results: RoundResults, plugins: readonly ReportPlugin[], locale: Locale): PlanView {
  const leader = roundLeader(results, plan.leaderId);
  const superior = plan.superiorId === null ? null : roundLeader(results, plan.superiorId);
  const view = buildReportView(results.source, { scope: 'leader', leaderId: plan.leaderId, locale });
  const text = readsPlanText(access);
  // Means only where the leader report itself is in use and readable by this reader.
  const withMeans = readsLeaderReport(results, plugins, reader, plan.leaderId);
  return {
    id: plan.id, roundId: plan.roundId, roundName: results.source.round.name, access,
    leader: { personId: plan.leaderId, name: leader?.name ?? plan.leaderId, unitName: leader?.unitName ?? null },
    superior: plan.superiorId === null ? null : { personId: plan.superiorId, name: superior?.name ?? plan.superiorId },
    talkAt: plan.talkAt.toISOString(), talkHeld: plan.talkHeldAt !== null, talkConfirmed: plan.talkConfirmedAt !== null,
    revision: plan.revision, updatedAt: plan.updatedAt.toISOString(),
    themes: view.themes.map((t) => ({ id: t.id, title: t.title, items: t.items.map((i) => ({ id: i.id, label: i.label })) })),
    focusPoints: plan.focusPoints.map((p) => ({ ...p, actions: text ? p.actions : null })),
    text: text
      ? { readingQuestions: readingQuestions(plugins, results, view), readingNotes: plan.readingNotes, agreements: plan.agreements, guide: conversationGuide(view, withMeans) }
      : null,
    talkAgreements: text || access === 'talk' ? plan.agreements : null,
  };
}
