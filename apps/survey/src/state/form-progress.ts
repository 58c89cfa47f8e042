import type { Answer } from '../api/survey-client.ts';

/** How many statements have an answer (a scale value or ved ikke). */
export function answeredCount(answers: readonly Answer[]): number {
  return answers.filter((a) => a !== null).length;
}

/** The answers a form starts with: what was saved, else all blank. */
export function startingAnswers(saved: readonly Answer[] | null, itemCount: number): Answer[] {
  return saved && saved.length === itemCount ? [...saved] : Array.from({ length: itemCount }, () => null);
}

/** The answers to the statements a form asks: each page's run of the answer array, which holds every statement of the round. */
export function askedAnswers(answers: readonly Answer[], pages: readonly { offset: number; items: readonly unknown[] }[]): Answer[] {
  return pages.flatMap((page) => Array.from({ length: page.items.length }, (_, i) => answers[page.offset + i] ?? null));
}

/** The token in a link's fragment (`/s/#<token>`), or null. */
export function tokenFromHash(hash: string): string | null {
  const token = hash.replace(/^#\/?/, '').trim();
  return /^[A-Za-z0-9_-]{65}$/.test(token) ? token : null;
}
