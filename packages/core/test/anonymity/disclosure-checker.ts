/**
 * An independent, brute-force judge of what published groups disclose. Groups are sets of
 * form indices; it knows nothing about trees, remainders or the suppression algorithm.
 */

/** A group as the checker sees it: a name for messages and the forms it contains. */
export interface FormSet {
  name: string;
  forms: readonly number[];
}

/**
 * Tries every combination Σ c_i · published_i with c_i ∈ {−1, 0, 1}. Reports a combination
 * that yields a set of 1..k−1 forms, or exactly the forms of a withheld non-empty group.
 */
export function findPlusMinusDisclosure(published: readonly FormSet[], withheld: readonly FormSet[], k: number, formCount: number): string | null {
  const withheldKeys = new Map(withheld.filter((g) => g.forms.length > 0).map((g) => [keyOf(indicator(g.forms, formCount)), g.name]));
  return findPlusMinusSet(published, formCount, (forms, vector) => {
    if (forms.length > 0 && forms.length < k) return `yields a set of ${forms.length} forms`;
    const hit = withheldKeys.get(keyOf(vector));
    return hit ? `equals withheld ${hit}` : null;
  });
}

/**
 * Tries every combination Σ c_i · published_i with c_i ∈ {−1, 0, 1} that yields a set of forms
 * (every coefficient sum 0 or 1) and asks `judge` about it; reports the first it objects to.
 */
export function findPlusMinusSet(published: readonly FormSet[], formCount: number, judge: (forms: number[], vector: Int32Array) => string | null): string | null {
  const vector = new Int32Array(formCount);
  const coefficients = new Int8Array(published.length);
  const combination = () => published.map((g, i) => (coefficients[i] === 0 ? '' : `${coefficients[i]! > 0 ? '+' : '−'}${g.name}`)).join('');
  const atLeaf = (): string | null => {
    const forms: number[] = [];
    for (let f = 0; f < vector.length; f++) {
      if (vector[f] !== 0 && vector[f] !== 1) return null;
      if (vector[f] === 1) forms.push(f);
    }
    const objection = judge(forms, vector);
    return objection ? `${combination()} ${objection}` : null;
  };
  const search = (i: number): string | null => {
    if (i === published.length) return atLeaf();
    for (const c of [0, 1, -1]) {
      coefficients[i] = c;
      for (const f of published[i]!.forms) vector[f]! += c;
      const found = search(i + 1);
      for (const f of published[i]!.forms) vector[f]! -= c;
      if (found) return found;
    }
    coefficients[i] = 0;
    return null;
  };
  return search(0);
}

function indicator(forms: readonly number[], formCount: number): Int32Array {
  const v = new Int32Array(formCount);
  for (const f of forms) v[f] = 1;
  return v;
}

function keyOf(v: Int32Array): string {
  return v.join(',');
}

/** Pairs of published groups where one contains the other and they differ by 1..k−1 forms. */
export function findSmallNestedDifference(published: readonly FormSet[], k: number): string | null {
  for (const a of published) {
    const inA = new Set(a.forms);
    for (const b of published) {
      if (b.forms.length <= a.forms.length || !a.forms.every((f) => new Set(b.forms).has(f))) continue;
      const difference = b.forms.length - inA.size;
      if (difference > 0 && difference < k) return `${b.name} − ${a.name} = ${difference} forms`;
    }
  }
  return null;
}

/**
 * Whether some set of 1..k−1 forms lies in the real linear span of the published groups
 * (so could be computed with any coefficients), by rank tests over the given atoms (forms
 * that always travel together). Used to find the best feasible choice by brute force.
 */
export function spanDiscloses(published: readonly number[][], atomSizes: readonly number[], k: number): boolean {
  const atoms = atomSizes.length;
  const base = rank(published);
  for (let mask = 1; mask < 1 << atoms; mask++) {
    let size = 0;
    const x = atomSizes.map((s, a) => ((mask >> a) & 1 ? (size += s, 1) : 0));
    if (size === 0 || size >= k) continue;
    if (rank([...published, x]) === base) return true;
  }
  return false;
}

function rank(rows: readonly number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    if (Math.abs(m[pivot]![c]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i]![c]! / m[r]![c]!;
      for (let j = c; j < columns; j++) m[i]![j]! -= factor * m[r]![j]!;
    }
    r++;
  }
  return r;
}
