/** The themes of a round and their items, in the round's order. */
export interface ThemeItems {
  readonly id: string;
  readonly items: readonly string[];
}

/** Flattened theme/item positions that every roll-up array is indexed by. */
export interface RoundLayout {
  readonly themes: readonly ThemeItems[];
  readonly themeCount: number;
  readonly itemCount: number;
  /** item position → theme position */
  readonly itemTheme: Int32Array;
  /** theme position → first item position; `themeStart[t + 1]` ends it */
  readonly themeStart: Int32Array;
  /**
   * theme position → lcm(1..items in the theme): a form's theme score times this is an
   * integer, so theme sums and sums of squares are exact and independent of summation order.
   */
  readonly themeScale: Float64Array;
  /** `<theme>.<item>` → item position */
  readonly itemPosition: ReadonlyMap<string, number>;
}

function lcmUpTo(n: number): number {
  let result = 1;
  for (let i = 2; i <= n; i++) {
    let a = result;
    let b = i;
    while (b !== 0) [a, b] = [b, a % b];
    result = (result / a) * i;
  }
  return result;
}

/** Lays out a round's themes; item ids must be unique within their theme. */
export function layoutRound(themes: readonly ThemeItems[]): RoundLayout {
  const itemCount = themes.reduce((sum, t) => sum + t.items.length, 0);
  const itemTheme = new Int32Array(itemCount);
  const themeStart = new Int32Array(themes.length + 1);
  const themeScale = new Float64Array(themes.length);
  const itemPosition = new Map<string, number>();
  let at = 0;
  themes.forEach((theme, t) => {
    themeStart[t] = at;
    themeScale[t] = lcmUpTo(Math.max(1, theme.items.length));
    for (const item of theme.items) {
      const key = `${theme.id}.${item}`;
      if (itemPosition.has(key)) throw new Error(`item ${key} appears twice in the round's themes`);
      itemPosition.set(key, at);
      itemTheme[at++] = t;
    }
  });
  themeStart[themes.length] = at;
  return { themes, themeCount: themes.length, itemCount, itemTheme, themeStart, themeScale, itemPosition };
}
