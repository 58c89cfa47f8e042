import type { Locale } from '../locales.ts';
import type { HeatmapLegendTexts } from './document.ts';
import type { HeatmapReference } from './unit-heatmap.ts';

type LegendTexts = (reference: HeatmapReference, show: 'mean' | 'index', k: number) => HeatmapLegendTexts;

const da: LegendTexts = (reference, show, k) => ({
  title: 'Sådan læses farverne',
  values: show === 'mean' ? 'Tallet i cellen er medarbejdernes gennemsnit på skalaen 1–5.' : 'Tallet i cellen er medarbejdernes indeks fra 0 til 100 (gennemsnittet 1–5 omregnet).',
  below: { organisation: 'Lavere end hele organisationen', chain: 'Lavere end hele kæden', midpoint: 'Mindre enig' }[reference],
  above: { organisation: 'Højere end hele organisationen', chain: 'Højere end hele kæden', midpoint: 'Mere enig' }[reference],
  centre: { organisation: 'Hvid er hele organisationens gennemsnit for temaet', chain: 'Hvid er hele kædens gennemsnit for temaet', midpoint: 'Hvid er skalaens midte, hverken enig eller uenig' }[reference],
  suppressed: `Skjult: færre end ${k} har svaret, eller tallet kunne sammen med andre viste tal afsløre en mindre gruppes svar. En skjult celle får aldrig en farve.`,
});

const en: LegendTexts = (reference, show, k) => ({
  title: 'How to read the colours',
  values: show === 'mean' ? "The number in a cell is the employees' mean on the scale 1–5." : "The number in a cell is the employees' index from 0 to 100 (the mean 1–5 converted).",
  below: { organisation: 'Lower than the whole organisation', chain: 'Lower than the whole chain', midpoint: 'Less agreement' }[reference],
  above: { organisation: 'Higher than the whole organisation', chain: 'Higher than the whole chain', midpoint: 'More agreement' }[reference],
  centre: { organisation: "White is the whole organisation's mean for the theme", chain: "White is the whole chain's mean for the theme", midpoint: "White is the scale's middle, neither agree nor disagree" }[reference],
  suppressed: `Hidden: fewer than ${k} answered, or the figure together with others shown could reveal a smaller group's answers. A hidden cell is never coloured.`,
});

/** The standard words of a unit heatmap's legend, in the report's language; `k` is the anonymity threshold. */
export function heatmapLegendTexts(locale: Locale, reference: HeatmapReference, show: 'mean' | 'index', k: number): HeatmapLegendTexts {
  return (locale === 'en' ? en : da)(reference, show, k);
}
