import {
  paragraphs, RATER_ROLE_LABELS, RATER_ROLES, textIn,
  type DistributionBlock, type RaterRole, type ReportBlock, type ReportView, type SectionBlock, type ThemeContentView, type ThemeScores,
} from '@spejl/plugin-sdk';
import { cellOf } from '@spejl/plugin-sdk';
import { gapRow } from './gap.ts';
import type { LeaderTexts } from './texts.ts';

/** What the reader chose to see. */
export interface LeaderOptions {
  showItems: boolean;
  showDistribution: boolean;
}

function prose(title: string, text: string): ReportBlock[] {
  const parts = paragraphs(text);
  return parts.length ? [{ type: 'heading', level: 3, text: title }, ...parts.map((p): ReportBlock => ({ type: 'text', text: p }))] : [];
}

function scoreTable(view: ReportView, theme: ThemeContentView, scores: ThemeScores, roles: RaterRole[], showItems: boolean): ReportBlock {
  const cells = (r: ThemeScores['theme']) => Object.fromEntries(roles.map((role) => [role, cellOf(r[role])]));
  return {
    type: 'scoreTable',
    columns: roles.map((role) => ({ role, label: textIn(RATER_ROLE_LABELS[role], view.locale) })),
    rows: [
      { kind: 'theme', themeId: theme.id, itemId: null, label: theme.title, cells: cells(scores.theme) },
      ...(showItems ? theme.items.map((item) => ({ kind: 'item' as const, themeId: theme.id, itemId: item.id, label: item.label, cells: cells(scores.items[item.id] ?? {}) })) : []),
    ],
  };
}

function distribution(view: ReportView, theme: ThemeContentView, scores: ThemeScores, roles: RaterRole[], title: string): DistributionBlock {
  const rows = theme.items.flatMap((item) => roles.flatMap((role): DistributionBlock['rows'] => {
    const aggregate = scores.items[item.id]?.[role];
    if (!aggregate) return [];
    const label = `${item.label} – ${textIn(RATER_ROLE_LABELS[role], view.locale)}`;
    return [{ label, role, result: aggregate.suppressed ? { suppressed: true, reason: aggregate.reason } : { suppressed: false, counts: aggregate.counts, dontKnow: aggregate.dontKnow } }];
  }));
  return { type: 'distribution', title, rows };
}

function gapBlocks(theme: ThemeContentView, scores: ThemeScores, texts: LeaderTexts): ReportBlock[] {
  if (!scores.theme.self || !scores.theme.employee) return [];
  const rows = [gapRow(theme.title, theme.id, null, scores.theme), ...theme.items.map((item) => gapRow(item.label, theme.id, item.id, scores.items[item.id] ?? {}))];
  const readings = rows.flatMap((row): ReportBlock[] => (!row.suppressed && row.reading !== 'aligned' ? [{ type: 'notice', tone: 'info', text: texts.readings[row.reading](row.label) }] : []));
  return [{ type: 'heading', level: 3, text: texts.gapTitle }, { type: 'text', text: texts.gapExplained, style: 'small' }, { type: 'gap', rows }, ...readings];
}

function comparison(view: ReportView, theme: ThemeContentView, scores: ThemeScores, texts: LeaderTexts): ReportBlock[] {
  if (!scores.theme.employee || view.comparisons.length === 0) return [];
  const others = view.comparisons.map((c) => c.scores.themes[theme.id]);
  const row = (key: string, label: string, pick: (s: ThemeScores | undefined) => Parameters<typeof cellOf>[0]) => ({ key, label, cells: [cellOf(pick(scores)), ...others.map((o) => cellOf(pick(o)))] });
  return [{
    type: 'heatmap',
    title: texts.comparisonTitle,
    columns: [{ key: 'employees', label: texts.yourEmployees }, ...view.comparisons.map((c) => ({ key: c.key, label: c.label }))],
    rows: [row(theme.id, theme.title, (s) => s?.theme.employee), ...theme.items.map((item) => row(item.id, item.label, (s) => s?.items[item.id]?.employee))],
  }];
}

function withheldNotice(view: ReportView, theme: ThemeContentView, scores: ThemeScores, texts: LeaderTexts): ReportBlock[] {
  const employee = scores.theme.employee;
  const peer = scores.theme.peer;
  const peers: ReportBlock[] = peer?.suppressed && invitedAny(view, 'peer') ? [{ type: 'notice', tone: 'info', text: texts.peersWithheld(peer.reason, view.peerThreshold ?? view.threshold) }] : [];
  if (employee?.suppressed) return [{ type: 'notice', tone: 'warning', text: texts.withheld(employee.reason, view.threshold) }, ...peers];
  if (peers.length) return peers;
  const itemHidden = theme.items.some((item) => scores.items[item.id]?.employee?.suppressed);
  return itemHidden ? [{ type: 'notice', tone: 'info', text: texts.itemsWithheld(view.threshold) }] : [];
}

/** False for a role nobody was asked as (a top leader has no superior): no column of withheld cells for it. */
export function invitedAny(view: ReportView, role: RaterRole): boolean {
  const rate = view.responseRates.direct[role];
  return rate === undefined || rate.invited > 0;
}

/** One theme of the individual report: what and why, scores side by side, spread, gap, comparison, reflection. */
export function themeSection(view: ReportView, theme: ThemeContentView, options: LeaderOptions, texts: LeaderTexts): SectionBlock | null {
  const scores = view.scores.direct?.themes[theme.id];
  if (!scores) return null;
  const roles = RATER_ROLES.filter((role) => scores.theme[role] !== undefined && invitedAny(view, role));
  const leader = theme.guidance?.leader;
  return {
    type: 'section',
    blocks: [
      { type: 'heading', level: 1, text: theme.title },
      ...prose(texts.what, theme.about.what),
      ...prose(texts.why, theme.about.why),
      { type: 'heading', level: 2, text: texts.table },
      ...withheldNotice(view, theme, scores, texts),
      scoreTable(view, theme, scores, roles, options.showItems),
      ...(options.showDistribution ? [distribution(view, theme, scores, roles, texts.distribution), { type: 'text' as const, text: texts.dontKnow, style: 'small' as const }] : []),
      ...gapBlocks(theme, scores, texts),
      ...comparison(view, theme, scores, texts),
      ...(leader?.questions.length ? [{ type: 'reflectionQuestions' as const, title: texts.reflectionTitle, ...(leader.questionsIntro ? { intro: leader.questionsIntro } : {}), questions: [...leader.questions] }] : []),
    ],
  };
}
