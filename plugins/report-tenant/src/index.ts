import { defineReport, RATER_ROLE_LABELS, RATER_ROLES, textIn, z, type GroupScores, type HeatmapBlock, type RaterRole, type ReportBlock, type ReportDocument, type ReportView } from '@spejl/plugin-sdk';
import { cellOf, commentBlocks, employeeThemes, trendBlocks, heatmapLegendTexts, unitHeatmap } from '@spejl/plugin-sdk';
import { tenantTexts, type TenantTexts } from './texts.ts';

/** The comparison key the core gives a sector benchmark (operators only). */
export const BENCHMARK_KEY = 'benchmark';

function themeTable(view: ReportView, texts: TenantTexts): ReportBlock {
  const roles = RATER_ROLES.filter((role) => view.themes.some((t) => view.scores.chain.themes[t.id]?.theme[role] !== undefined));
  return {
    type: 'scoreTable',
    caption: texts.themesCaption,
    columns: roles.map((role) => ({ role, label: textIn(RATER_ROLE_LABELS[role], view.locale) })),
    rows: view.themes.flatMap((t) => {
      const scores = view.scores.chain.themes[t.id];
      const cells = (pick: (role: RaterRole) => Parameters<typeof cellOf>[0]) => Object.fromEntries(roles.map((role) => [role, cellOf(pick(role))]));
      return [
        { kind: 'theme' as const, themeId: t.id, itemId: null, label: t.title, cells: cells((role) => scores?.theme[role]) },
        ...t.items.map((item) => ({ kind: 'item' as const, themeId: t.id, itemId: item.id, label: item.label, cells: cells((role) => scores?.items[item.id]?.[role]) })),
      ];
    }),
  };
}

function heatmapRow(view: ReportView, key: string, label: string, scores: GroupScores): HeatmapBlock['rows'][number] {
  return { key, label, cells: employeeThemes(view).map((t) => cellOf(scores.themes[t.id]?.theme.employee)) };
}

/** The units under the top, coloured around the organisation's own mean (white), with the legend. */
function unitsHeatmap(view: ReportView, maxDepth: number, texts: TenantTexts): HeatmapBlock {
  const legend = heatmapLegendTexts(view.locale, 'organisation', 'mean', view.threshold);
  return unitHeatmap(view, { maxDepth, reference: 'organisation', show: 'mean', comparisons: false }, { total: texts.wholeOrganisation, legend });
}

function benchmark(view: ReportView, texts: TenantTexts): ReportBlock[] {
  const sector = view.comparisons.find((c) => c.key === BENCHMARK_KEY);
  if (!sector) return [];
  return [
    { type: 'heading', level: 1, text: texts.benchmarkTitle },
    { type: 'text', style: 'small', text: texts.benchmarkExplained },
    {
      type: 'heatmap',
      columns: employeeThemes(view).map((t) => ({ key: t.id, label: t.title })),
      rows: [heatmapRow(view, 'self', texts.thisOrganisation, view.scores.chain), heatmapRow(view, sector.key, sector.label, sector.scores)],
    },
  ];
}

function render(view: ReportView, options: { unitDepth: number; showItems: boolean }): ReportDocument {
  const texts = tenantTexts(view.locale);
  const rates = Object.entries(view.responseRates.chain).map(([role, rate]) => ({ role: role as RaterRole, label: textIn(RATER_ROLE_LABELS[role as RaterRole], view.locale), invited: rate!.invited, answered: rate!.answered }));
  const table = themeTable(view, texts);
  return {
    title: view.subject.name,
    subtitle: view.round.name,
    locale: view.locale,
    blocks: [
      { type: 'text', style: 'lead', text: texts.intro(view.threshold) },
      { type: 'heading', level: 1, text: texts.overview },
      options.showItems || table.type !== 'scoreTable' ? table : { ...table, rows: table.rows.filter((r) => r.kind === 'theme') },
      { type: 'responseRates', title: texts.responseRates, rows: rates },
      { type: 'heading', level: 1, text: texts.unitsTitle },
      { type: 'text', style: 'small', text: texts.unitsExplained(view.threshold) },
      unitsHeatmap(view, options.unitDepth, texts),
      ...trendBlocks(view),
      ...commentBlocks(view, { chain: true }),
      ...benchmark(view, texts),
    ],
  };
}

/** The organisation overview (*organisationsoverblik*) for tenant admins; operators also see the sector benchmark. */
export default defineReport({
  id: 'tenant',
  version: '1.3.0',
  scope: 'tenant',
  title: { da: 'Organisationsoverblik', en: 'Organisation overview' },
  options: z.object({
    unitDepth: z.number().int().min(1).max(4).default(2).meta({ label: { da: 'Antal niveauer af enheder under toppen', en: 'Levels of units below the top' } }),
    showItems: z.boolean().default(true).meta({ label: { da: 'Vis hvert udsagn, ikke kun temaerne', en: 'Show each statement, not only the themes' } }),
  }),
  render,
});
