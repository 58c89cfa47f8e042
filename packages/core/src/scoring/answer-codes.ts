/** A blank (unanswered) item in a form's answer array; 1–5 are stored as themselves. */
export const BLANK = 0;
/** *Ved ikke* (don't know): counted, never scored. */
export const DONT_KNOW = 6;
/** Number of distinct answer codes (blank, 1–5, don't know): the width of one item histogram. */
export const ANSWER_CODES = 7;

/** True for the scored values 1–5. */
export function isScored(code: number): boolean {
  return code >= 1 && code <= 5;
}
