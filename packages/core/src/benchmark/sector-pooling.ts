import type { ItemAggregate, Suppressed, ThemeAggregate } from '@spejl/plugin-sdk';
import { suppressed } from '../report-view/group-scores.ts';

/** Fewer contributing organisations than this and a benchmark figure would expose one of them. */
export const BENCHMARK_MIN_TENANTS = 3;

/** A figure an organisation's own filter published. */
export type Shown<T> = Exclude<T, Suppressed>;

/** The published figures among some organisations' figures (withheld and absent ones left out). */
export function shownOnly<T>(values: readonly (T | Suppressed | undefined)[]): Shown<T>[] {
  return values.filter((v): v is Shown<T> => !!v && !(v as Suppressed).suppressed) as Shown<T>[];
}

/**
 * The sector's figure from the organisations' published figures: each organisation counts once
 * (the mean of their means), and only when at least BENCHMARK_MIN_TENANTS have a mean.
 */
export function pooled<T extends ThemeAggregate | ItemAggregate>(shown: readonly Shown<T>[]): T | Suppressed {
  const means = shown.flatMap((a) => (a.mean === null ? [] : [a.mean]));
  if (means.length < BENCHMARK_MIN_TENANTS) return suppressed('tooFewForms');
  const sum = (pick: (a: Shown<T>) => number) => shown.reduce((s, a) => s + pick(a), 0);
  const mean = means.reduce((s, m) => s + m, 0) / means.length;
  const base = { suppressed: false as const, forms: sum((a) => a.forms), n: sum((a) => a.n), mean, sd: null };
  if (!('counts' in shown[0]!)) return base as T;
  const items = shown as readonly ItemAggregate[];
  const counts = [0, 1, 2, 3, 4].map((v) => items.reduce((s, a) => s + a.counts[v]!, 0)) as unknown as ItemAggregate['counts'];
  return { ...base, dontKnow: items.reduce((s, a) => s + a.dontKnow, 0), counts } as T;
}
