import type { Texts } from '../locales.ts';

/** The values a respondent can give on the agree5 scale; don't-know is counted, never scored. */
export type Agree5Value = 1 | 2 | 3 | 4 | 5;
/** One stored answer: a scale value, `dk` for *ved ikke*, or null when left blank. */
export type Agree5Answer = Agree5Value | 'dk' | null;

/** The five-point agreement scale with *ved ikke* on every item (DESIGN.md, Scoring). */
export const agree5 = {
  id: 'agree5',
  prompt: { da: 'Hvor enig er du i følgende udsagn?', en: 'How much do you agree with the following statements?' },
  values: [
    { value: 1, label: { da: 'Helt uenig', en: 'Strongly disagree' } },
    { value: 2, label: { da: 'Uenig', en: 'Disagree' } },
    { value: 3, label: { da: 'Hverken enig eller uenig', en: 'Neither agree nor disagree' } },
    { value: 4, label: { da: 'Enig', en: 'Agree' } },
    { value: 5, label: { da: 'Helt enig', en: 'Strongly agree' } },
  ],
  dontKnow: { value: 'dk', label: { da: 'Ved ikke', en: "Don't know" } },
} as const satisfies {
  id: string;
  prompt: Texts;
  values: readonly { value: Agree5Value; label: Texts }[];
  dontKnow: { value: 'dk'; label: Texts };
};

/** The scale's id as themes name it. */
export type ScaleId = typeof agree5.id;

/** The display index 0–100 of a mean on the scale: (mean − 1) × 25. */
export function toIndex(mean: number): number {
  return (mean - 1) * 25;
}
