import type { Answer } from '../api/survey-client.ts';

/** How many statements have an answer (a scale value or ved ikke). */
export function answeredCount(answers: readonly Answer[]): number {
  return answers.filter((a) => a !== null).length;
}

/** The answers a form starts with: what was saved, else all blank. */
export function startingAnswers(saved: readonly Answer[] | null, itemCount: number): Answer[] {
  return saved && saved.length === itemCount ? [...saved] : Array.from({ length: itemCount }, () => null);
}

/** Where a theme's statements start in the form's answer array. */
export function themeOffsets(itemsPerTheme: readonly number[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const n of itemsPerTheme) {
    offsets.push(at);
    at += n;
  }
  return offsets;
}

/** The token in a link's fragment (`/s/#<token>`), or null. */
export function tokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#\/?/, '').trim();
  return /^[A-Za-z0-9_-]{65}$/.test(token) ? token : null;
}
