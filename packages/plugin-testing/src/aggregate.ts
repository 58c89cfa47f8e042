import type { Agree5Answer, Counts5, ItemAggregate, ThemeAggregate } from '@spejl/plugin-sdk';

function meanSd(values: readonly number[]): { mean: number | null; sd: number | null } {
  if (!values.length) return { mean: null, sd: null };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (values.length < 2) return { mean, sd: null };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

/** Aggregates one item's answers over a group of forms the way DESIGN.md scores them (for fixtures only). */
export function aggregateItem(answers: readonly Agree5Answer[]): ItemAggregate {
  const valid = answers.filter((a): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number');
  const counts = [1, 2, 3, 4, 5].map((v) => valid.filter((a) => a === v).length) as unknown as Counts5;
  return { suppressed: false, forms: answers.length, n: valid.length, dontKnow: answers.filter((a) => a === 'dk').length, ...meanSd(valid), counts };
}

/** Aggregates a theme over forms (each form: its answers to the theme's items): the mean of form means. */
export function aggregateTheme(forms: readonly (readonly Agree5Answer[])[]): ThemeAggregate {
  const formMeans = forms
    .map((answers) => answers.filter((a): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number'))
    .filter((valid) => valid.length > 0)
    .map((valid) => valid.reduce((a, b) => a + b, 0) / valid.length);
  return { suppressed: false, forms: forms.length, n: formMeans.length, ...meanSd(formMeans) };
}
