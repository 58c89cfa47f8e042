import { z } from 'zod';

/** One answer as the survey app sends it: a scale value, `dk` for *ved ikke*, or null when left blank. */
export const answerSchema = z.union([z.int().min(1).max(5), z.literal('dk'), z.null()]);
/** One answer from a respondent. */
export type Answer = z.infer<typeof answerSchema>;

/** Stored answer codes (the scoring module's): 0 blank, 1–5, 6 ved ikke. */
export const BLANK_CODE = 0;
/** Stored code for *ved ikke*. */
export const DONT_KNOW_CODE = 6;

/** Answers → the stored codes. */
export function toCodes(answers: readonly Answer[]): number[] {
  return answers.map((a) => (a === null ? BLANK_CODE : a === 'dk' ? DONT_KNOW_CODE : a));
}

/** Stored codes → answers. */
export function fromCodes(codes: readonly number[]): Answer[] {
  return codes.map((c) => (c === BLANK_CODE ? null : c === DONT_KNOW_CODE ? 'dk' : (c as 1 | 2 | 3 | 4 | 5)));
}
