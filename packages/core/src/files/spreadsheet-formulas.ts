/**
 * The characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"):
 * `= + - @`, and tab and carriage return, which some spreadsheets skip before looking.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Whether a spreadsheet opening this text in a cell could run it as a formula. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]!);
}

/**
 * THE guard every CSV and XLSX export puts on a text cell: a leading `'` when the text starts
 * like a formula, so the spreadsheet shows it as text. Numbers we write ourselves (means, counts)
 * are not text and are never passed here.
 */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * Undoes `neutraliseFormula` on import, so exporting and importing a file changes nothing: a `'`
 * directly before a formula character is the guard (ours, or the one a person types in Excel).
 */
export function withoutFormulaGuard(text: string): string {
  return text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
