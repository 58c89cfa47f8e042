import type { Locale } from '@spejl/plugin-sdk';

/** Every sentence of the organisation overview, per locale. */
export interface TenantTexts {
  intro(threshold: number): string;
  overview: string;
  themesCaption: string;
  unitsTitle: string;
  unitsExplained(threshold: number): string;
  wholeOrganisation: string;
  responseRates: string;
  benchmarkTitle: string;
  benchmarkExplained: string;
  benchmarkWithheld: string;
  thisOrganisation: string;
}

const da: TenantTexts = {
  intro: (k) => `Overblikket viser resultaterne for hele organisationen og for enhederne under topledelsen. Medarbejdernes svar vises kun for grupper med mindst ${k} besvarelser.`,
  overview: 'Hele organisationen',
  themesCaption: 'Gennemsnit pr. ledelsestema og respondentgruppe (1–5)',
  unitsTitle: 'Enhederne',
  unitsExplained: (k) => `Medarbejdernes gennemsnit for hver leders ledelseskæde. Farven viser, om enheden ligger over eller under hele organisationen. Celler mærket „skjult“ vises ikke for at beskytte anonymiteten (færre end ${k} besvarelser, eller tallet kunne regnes ud fra andre).`,
  wholeOrganisation: 'Hele organisationen',
  responseRates: 'Svarprocent',
  benchmarkTitle: 'Sammenligning med andre organisationer i sektoren',
  benchmarkExplained: 'Gennemsnittet af de andre organisationers resultater i samme sektor; hver organisation tæller lige meget. Vises kun, når mindst tre organisationer bidrager.',
  benchmarkWithheld: 'Færre end tre andre organisationer i sektoren har resultater, så der vises ingen sammenligning.',
  thisOrganisation: 'Denne organisation',
};

const en: TenantTexts = {
  intro: (k) => `The overview shows the results of the whole organisation and of the units below top management. Employees' answers are shown only for groups of at least ${k} forms.`,
  overview: 'Whole organisation',
  themesCaption: 'Mean per leadership theme and respondent group (1–5)',
  unitsTitle: 'The units',
  unitsExplained: (k) => `The employees' mean for each leader's chain. The colour shows whether the unit lies above or below the whole organisation. Cells marked "hidden" are not shown to protect anonymity (fewer than ${k} forms, or the figure could be worked out from others).`,
  wholeOrganisation: 'Whole organisation',
  responseRates: 'Response rate',
  benchmarkTitle: 'Compared with other organisations of the sector',
  benchmarkExplained: "The mean of the other organisations' results in the same sector; each organisation counts equally. Shown only when at least three organisations contribute.",
  benchmarkWithheld: 'Fewer than three other organisations of the sector have results, so no comparison is shown.',
  thisOrganisation: 'This organisation',
};

/** The overview's texts in `locale`. */
export function tenantTexts(locale: Locale): TenantTexts {
  return locale === 'en' ? en : da;
}
