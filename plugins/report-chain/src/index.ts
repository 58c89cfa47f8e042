import { commentBlocks, defineReport, trendBlocks, RATER_ROLE_LABELS, RATER_ROLES, textIn, z, type RaterRole, type ReportBlock, type ReportDocument, type ReportView } from '@spejl/plugin-sdk';
import { cellOf } from '@spejl/plugin-sdk';
import { organisationGuidance } from './guidance.ts';
import { unitHeatmap, type HeatmapOptions } from './heatmap.ts';
import { chainTexts, type ChainTexts } from './texts.ts';

function overview(view: ReportView, texts: ChainTexts): ReportBlock[] {
  const roles = RATER_ROLES.filter((role) => view.themes.some((t) => view.scores.chain.themes[t.id]?.theme[role] !== undefined));
  const withheld = view.themes.some((t) => view.scores.chain.themes[t.id]?.theme.employee?.suppressed);
  return [
    { type: 'heading', level: 1, text: texts.overview },
    ...(withheld ? [{ type: 'notice' as const, tone: 'warning' as const, text: texts.chainWithheld(view.threshold) }] : []),
    {
      type: 'scoreTable',
      columns: roles.map((role) => ({ role, label: textIn(RATER_ROLE_LABELS[role], view.locale) })),
      rows: view.themes.map((t) => ({
        kind: 'theme' as const, themeId: t.id, itemId: null, label: t.title,
        cells: Object.fromEntries(roles.map((role) => [role, cellOf(view.scores.chain.themes[t.id]?.theme[role])])),
      })),
    },
  ];
}

function responseRates(view: ReportView, maxDepth: number, texts: ChainTexts): ReportBlock[] {
  const rows = Object.entries(view.responseRates.chain).map(([role, rate]) => ({ role: role as RaterRole, label: textIn(RATER_ROLE_LABELS[role as RaterRole], view.locale), invited: rate!.invited, answered: rate!.answered }));
  const units = view.units.filter((u) => u.depth <= maxDepth && u.responseRates.chain.employee);
  return [
    { type: 'responseRates', title: texts.responseRates, rows },
    ...(units.length ? [{
      type: 'section' as const,
      title: texts.unitRates,
      blocks: units.map((u): ReportBlock => ({ type: 'text', style: 'small', text: texts.unitRate(u.unitName ?? u.leaderName, u.responseRates.chain.employee!.answered, u.responseRates.chain.employee!.invited) })),
    }] : []),
  ];
}

function render(view: ReportView, options: HeatmapOptions): ReportDocument {
  const texts = chainTexts(view.locale);
  return {
    title: view.subject.name,
    subtitle: [view.subject.unitName, view.round.name].filter(Boolean).join(' · '),
    locale: view.locale,
    blocks: [
      { type: 'text', text: texts.intro(view.threshold), style: 'lead' },
      ...overview(view, texts),
      { type: 'heading', level: 1, text: texts.heatmapTitle },
      { type: 'text', text: texts.heatmapExplained(view.threshold), style: 'small' },
      ...(view.units.length ? [] : [{ type: 'notice' as const, tone: 'info' as const, text: texts.noUnits }]),
      unitHeatmap(view, options, texts),
      ...responseRates(view, options.maxDepth, texts),
      ...trendBlocks(view),
      ...commentBlocks(view, { chain: true }),
      { type: 'heading', level: 1, text: texts.guidanceTitle },
      ...view.themes.flatMap(organisationGuidance),
    ],
  };
}

/** The chain report (*ledelseskæderapport*): how the units below a leader compare across the themes. */
export default defineReport({
  id: 'chain',
  version: '1.3.0',
  scope: 'chain',
  title: { da: 'Rapport for ledelseskæden', en: 'Leadership chain report' },
  options: z.object({
    maxDepth: z.number().int().min(1).max(8).default(2).meta({ label: { da: 'Antal niveauer af enheder under lederen', en: 'Levels of units below the leader' } }),
    reference: z.enum(['organisation', 'chain', 'midpoint']).default('organisation').meta({
      label: { da: 'Heatmappets midte (hvid)', en: "The heatmap's centre (white)" },
      choices: {
        organisation: { da: 'Hele organisationens gennemsnit', en: "The whole organisation's mean" },
        chain: { da: 'Hele kædens gennemsnit', en: "The whole chain's mean" },
        midpoint: { da: 'Skalaens midte (3)', en: "The scale's middle (3)" },
      },
    }),
    show: z.enum(['mean', 'index']).default('mean').meta({
      label: { da: 'Tal i heatmappets celler', en: "Numbers in the heatmap's cells" },
      choices: { mean: { da: 'Gennemsnit (1–5)', en: 'Mean (1–5)' }, index: { da: 'Indeks (0–100)', en: 'Index (0–100)' } },
    }),
  }),
  render,
});
