import { DONT_KNOW } from './answer-codes.ts';

/** Counts and scores of one item in one group: what an item row of a report or export shows. */
export interface ItemStatistics {
  /** answers 1–5 */
  readonly answered: number;
  readonly dontKnow: number;
  /** counts of 1, 2, 3, 4, 5 */
  readonly counts: readonly [number, number, number, number, number];
  /** null without answers */
  readonly mean: number | null;
  /** sample standard deviation (n − 1); null below two answers */
  readonly sd: number | null;
}

/** Counts and score of one theme in one group; sd is over the forms' theme scores. */
export interface ThemeStatistics {
  /** forms with at least one valid item in the theme */
  readonly answered: number;
  /** forms whose items in the theme were all don't-know or blank, with at least one don't-know */
  readonly dontKnow: number;
  readonly mean: number | null;
  readonly sd: number | null;
}

/**
 * Sample sd from n, Σx and Σx². The centred form (n·Σx² − (Σx)²) is exact for integer
 * inputs below 2^53, which the counts and scaled theme scores are.
 */
export function sampleSd(n: number, sum: number, sumSquares: number): number | null {
  if (n < 2) return null;
  const centred = n * sumSquares - sum * sum;
  return Math.sqrt(Math.max(0, centred) / (n * (n - 1)));
}

/** Item statistics from one histogram of ANSWER_CODES counts starting at `offset`. */
export function itemStatistics(hist: ArrayLike<number>, offset: number): ItemStatistics {
  const counts = [hist[offset + 1]!, hist[offset + 2]!, hist[offset + 3]!, hist[offset + 4]!, hist[offset + 5]!] as const;
  let answered = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let v = 1; v <= 5; v++) {
    const n = counts[v - 1]!;
    answered += n;
    sum += v * n;
    sumSquares += v * v * n;
  }
  return {
    answered,
    dontKnow: hist[offset + DONT_KNOW]!,
    counts,
    mean: answered > 0 ? sum / answered : null,
    sd: sampleSd(answered, sum, sumSquares),
  };
}

/** Theme statistics from [answered, dontKnow, Σ scaled, Σ scaled²] at `offset`, `scale` being the theme's score scale. */
export function themeStatistics(sums: ArrayLike<number>, offset: number, scale: number): ThemeStatistics {
  const answered = sums[offset]!;
  const sum = sums[offset + 2]!;
  const sd = sampleSd(answered, sum, sums[offset + 3]!);
  return {
    answered,
    dontKnow: sums[offset + 1]!,
    mean: answered > 0 ? sum / (answered * scale) : null,
    sd: sd === null ? null : sd / scale,
  };
}

/** The display index 0–100 of a mean on the 1–5 scale. */
export function scoreIndex(mean: number): number {
  return (mean - 1) * 25;
}

/** A third of the scale's range: the gap beyond which self and employees see the leader differently. */
export const GAP_THRESHOLD = 4 / 3;

/** How a leader's self-assessment relates to the employees' view. */
export type GapReading = 'blind-spot' | 'hidden-strength' | 'aligned';

/** Self − employee mean read against ±4/3: above is a blind spot, below a hidden strength. */
export function readGap(selfMean: number, employeeMean: number): { gap: number; reading: GapReading } {
  const gap = selfMean - employeeMean;
  const reading = gap > GAP_THRESHOLD ? 'blind-spot' : gap < -GAP_THRESHOLD ? 'hidden-strength' : 'aligned';
  return { gap, reading };
}
