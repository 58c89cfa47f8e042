/*
 * CPR numbers are masked on arrival (the server stores `[fjernet]` in their place). The page shows
 * the stored text once it is safe to: the respondent has not typed since the save, and the field
 * is not being typed in, so the cursor never jumps. Until then the field says what will happen.
 */

/** What the server stores in place of a CPR number. */
export const MASK = '[fjernet]';

function masksIn(text: string): number {
  return text.split(MASK).length - 1;
}

/** A comment as sent and as the server stored it, when the server masked something in it. */
export interface ServerMasking {
  sent: string;
  stored: string;
}

/**
 * The comments of one save the server masked (more `[fjernet]` than were sent), by question.
 * Cleaning alone (trimmed blanks, line ends) is not a masking: showing it would take away a blank
 * the respondent just typed.
 */
export function serverMaskings(sent: Readonly<Record<string, string>>, stored: Readonly<Record<string, string>>): Record<string, ServerMasking> {
  const out: Record<string, ServerMasking> = {};
  for (const [question, text] of Object.entries(sent)) {
    const kept = stored[question] ?? '';
    if (masksIn(kept) > masksIn(text)) out[question] = { sent: text, stored: kept };
  }
  return out;
}

/** The stored text the field may show instead of what it holds, or null: only while it still holds exactly what was sent. */
export function maskedReplacement(masking: ServerMasking | undefined, current: string): string | null {
  return masking && masking.sent === current ? masking.stored : null;
}
