/** Stored code for a blank answer, 1–5 as themselves, 6 for *ved ikke* (the scoring answer codes). */
const BLANK = 0;
const DONT_KNOW = 6;

/** Reads one cell of a responses file: `1`–`5`, `dk` / `ved ikke` (any case), empty = not answered; null when invalid. */
export function readAnswerCell(cell: string): number | null {
  const value = cell.trim().toLocaleLowerCase('da');
  if (value === '') return BLANK;
  if (value === 'dk' || value === 'ved ikke') return DONT_KNOW;
  return /^[1-5]$/.test(value) ? Number(value) : null;
}

/** True when a form has at least one answer (a scale value or ved ikke). */
export function hasAnyAnswer(codes: readonly number[]): boolean {
  return codes.some((c) => c !== BLANK);
}
