import type { HeatmapLegendTexts, Locale } from '@spejl/plugin-sdk';
import type { HeatmapReference } from './heatmap.ts';

/** Every sentence of the chain report in Danish and English; `k` is the anonymity threshold. */
export interface ChainTexts {
  intro: (k: number) => string;
  overview: string;
  chainWithheld: (k: number) => string;
  heatmapTitle: string;
  heatmapExplained: (k: number) => string;
  legend: (reference: HeatmapReference, show: 'mean' | 'index', k: number) => HeatmapLegendTexts;
  wholeChain: string;
  responseRates: string;
  unitRates: string;
  unitRate: (unit: string, answered: number, invited: number) => string;
  guidanceTitle: string;
  noUnits: string;
}

const percent = (answered: number, invited: number) => (invited > 0 ? Math.round((100 * answered) / invited) : 0);

const da: ChainTexts = {
  intro: (k) => `Rapporten viser medarbejdernes svar samlet for ledelseskæden og for enhederne under den. En enhed vises kun, når mindst ${k} medarbejdere har svaret, og kun når dens tal ikke sammen med andre viste tal kan afsløre en mindre gruppes svar. Skjulte svar tæller stadig med i kædens samlede resultat. Skalaen går fra 1 (helt uenig) til 5 (helt enig).`,
  overview: 'Kæden samlet',
  chainWithheld: (k) => `Medarbejdernes samlede svar for kæden vises ikke: enten har færre end ${k} svaret, eller tallet ville sammen med andre viste tal afsløre en mindre gruppes svar.`,
  heatmapTitle: 'Enheder og temaer',
  heatmapExplained: (k) => `Hver celle er medarbejdernes svar for enhedens ledelseskæde. Farven viser, om enheden ligger over eller under sammenligningsgrundlaget. Celler mærket „skjult“ vises ikke for at beskytte anonymiteten (færre end ${k} svar, eller tallet ville afsløre en mindre gruppe).`,
  legend: (reference, show, k) => ({
    title: 'Sådan læses farverne',
    values: show === 'mean' ? 'Tallet i cellen er medarbejdernes gennemsnit på skalaen 1–5.' : 'Tallet i cellen er medarbejdernes indeks fra 0 til 100 (gennemsnittet 1–5 omregnet).',
    below: { organisation: 'Lavere end hele organisationen', chain: 'Lavere end hele kæden', midpoint: 'Mindre enig' }[reference],
    above: { organisation: 'Højere end hele organisationen', chain: 'Højere end hele kæden', midpoint: 'Mere enig' }[reference],
    centre: { organisation: 'Hvid er hele organisationens gennemsnit for temaet', chain: 'Hvid er hele kædens gennemsnit for temaet', midpoint: 'Hvid er skalaens midte, hverken enig eller uenig' }[reference],
    suppressed: `Skjult: færre end ${k} har svaret, eller tallet kunne sammen med andre viste tal afsløre en mindre gruppes svar. En skjult celle får aldrig en farve.`,
  }),
  wholeChain: 'Hele kæden',
  responseRates: 'Svarprocent for kæden',
  unitRates: 'Svarprocent i enhederne (medarbejdere)',
  unitRate: (unit, answered, invited) => `${unit}: ${answered} af ${invited} har svaret (${percent(answered, invited)} %).`,
  guidanceTitle: 'Sådan kan I arbejde videre i organisationen',
  noUnits: 'Der er ingen ledere under denne leder i målingen.',
};

const en: ChainTexts = {
  intro: (k) => `This report shows the employees' answers for the leadership chain as a whole and for the units below it. A unit is shown only when at least ${k} employees answered, and only when its figures cannot, together with other published figures, reveal a smaller group's answers. Hidden answers still count in the chain's overall result. The scale runs from 1 (strongly disagree) to 5 (strongly agree).`,
  overview: 'The chain as a whole',
  chainWithheld: (k) => `The employees' overall answers for this chain are not shown: either fewer than ${k} answered, or the figure together with others shown would reveal a smaller group's answers.`,
  heatmapTitle: 'Units and themes',
  heatmapExplained: (k) => `Each cell is the employees' answers for the unit's leadership chain. The colour shows whether the unit lies above or below the reference. Cells marked "hidden" are not shown to protect anonymity (fewer than ${k} answers, or the figure would reveal a smaller group).`,
  legend: (reference, show, k) => ({
    title: 'How to read the colours',
    values: show === 'mean' ? "The number in a cell is the employees' mean on the scale 1–5." : "The number in a cell is the employees' index from 0 to 100 (the mean 1–5 converted).",
    below: { organisation: 'Lower than the whole organisation', chain: 'Lower than the whole chain', midpoint: 'Less agreement' }[reference],
    above: { organisation: 'Higher than the whole organisation', chain: 'Higher than the whole chain', midpoint: 'More agreement' }[reference],
    centre: { organisation: "White is the whole organisation's mean for the theme", chain: "White is the whole chain's mean for the theme", midpoint: "White is the scale's middle, neither agree nor disagree" }[reference],
    suppressed: `Hidden: fewer than ${k} answered, or the figure together with others shown could reveal a smaller group's answers. A hidden cell is never coloured.`,
  }),
  wholeChain: 'Whole chain',
  responseRates: 'Response rate for the chain',
  unitRates: 'Response rates in the units (employees)',
  unitRate: (unit, answered, invited) => `${unit}: ${answered} of ${invited} answered (${percent(answered, invited)} %).`,
  guidanceTitle: 'Working on this across the organisation',
  noUnits: 'There are no leaders below this leader in the round.',
};

/** The chain report's texts in `locale`. */
export function chainTexts(locale: Locale): ChainTexts {
  return locale === 'en' ? en : da;
}
