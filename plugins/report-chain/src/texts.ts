import type { Locale } from '@spejl/plugin-sdk';

/** Every sentence of the chain report in Danish and English; `k` is the anonymity threshold. */
export interface ChainTexts {
  intro: (k: number) => string;
  overview: string;
  chainWithheld: (k: number) => string;
  heatmapTitle: string;
  heatmapExplained: (k: number) => string;
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
