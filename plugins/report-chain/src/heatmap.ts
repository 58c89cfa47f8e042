import type { GroupScores, HeatmapBlock, ReportView } from '@spejl/plugin-sdk';
import { cellOf } from '@spejl/plugin-sdk';
import type { ChainTexts } from './texts.ts';

function row(view: ReportView, key: string, label: string, scores: GroupScores, depth?: number): HeatmapBlock['rows'][number] {
  return { key, label, ...(depth === undefined ? {} : { depth }), cells: view.themes.map((t) => cellOf(scores.themes[t.id]?.theme.employee)) };
}

/** Sub-chains (rows, indented by depth) × themes (columns): the employees' chain means, withheld cells with their reason; untitled, the heading above names it. */
export function unitHeatmap(view: ReportView, maxDepth: number, texts: ChainTexts): HeatmapBlock {
  const units = view.units.filter((u) => u.depth <= maxDepth);
  return {
    type: 'heatmap',
    columns: view.themes.map((t) => ({ key: t.id, label: t.title })),
    rows: [
      row(view, 'chain', texts.wholeChain, view.scores.chain, 0),
      ...units.map((u) => row(view, u.key, u.unitName ? `${u.unitName} (${u.leaderName})` : u.leaderName, u.scores.chain, u.depth)),
      ...view.comparisons.map((c) => row(view, c.key, c.label, c.scores)),
    ],
  };
}
