/**
 * The characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"), as a
 * regular-expression class: `= + - @`, and tab and carriage return, which some spreadsheets skip
 * before looking.
 */
const TRIGGER = '[=+\\-@\\t\\r]';
const STARTS_WITH_TRIGGER = new RegExp(`^${TRIGGER}`);

/** Whether a spreadsheet opening this text in a cell could run it as a formula. */
export function startsLikeFormula(text: string): boolean {
  return STARTS_WITH_TRIGGER.test(text);
}

/**
 * The guard on a text cell: a leading `'` when the text starts like a formula, so the spreadsheet
 * shows it as text. XLSX cells take it as it is; CSV fields take `neutraliseFormulaInCsv`.
 * Numbers we write ourselves (means, counts) are not text and are never passed here.
 */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * Where a spreadsheet may start a cell inside one CSV text field: after `,` `;` or a tab (a reader
 * splitting at another separator than the file's) or a line break, past any quotes.
 */
const CELL_STARTS_INSIDE = new RegExp(`([,;\\t\\r\\n]"*)(?=${TRIGGER})`, 'g');
/** The guard `neutraliseFormulaInCsv` puts at such a place, found again on import. */
const GUARD_INSIDE = new RegExp(`([,;\\t\\r\\n]"*)'(?=${TRIGGER})`, 'g');

/**
 * THE guard every CSV export puts on a text field: `neutraliseFormula`'s leading `'`, and one
 * before every formula character where a cell may start inside the field. A spreadsheet splits a
 * line at its reader's separator, not the writer's: Excel at the locale's list separator (`;` in
 * Danish, `,` in English), LibreOffice at whatever is ticked. Quoting alone does not keep such a
 * reader out: it honours a quote only at the start of a cell as it splits them, so after the
 * first quoted field of a line it is out of step, and `Hansen,=HYPERLINK(…)` in a later column of
 * a `;` file is the live cell `=HYPERLINK(…)` in English Excel.
 */
export function neutraliseFormulaInCsv(text: string): string {
  return neutraliseFormula(text).replace(CELL_STARTS_INSIDE, "$1'");
}

/**
 * Whether a CSV text field is quoted whatever separator the file was written with (papaparse's
 * `quotes` takes it as it is), so a reader splitting at `,` `;` or tab keeps it one cell when it
 * starts a line (DESIGN.md's roll-up: the leader's id) and the columns stay in place.
 */
export function holdsAnySeparator(value: unknown): boolean {
  return typeof value === 'string' && /[,;\t]/.test(value);
}

/**
 * Undoes `neutraliseFormulaInCsv` on import, so exporting and importing a file changes nothing: a
 * `'` directly before a formula character at the start, or where a cell may start inside the text,
 * is the guard (ours, or the one a person types in Excel).
 */
export function withoutFormulaGuard(text: string): string {
  const inside = text.replace(GUARD_INSIDE, '$1');
  return inside.startsWith("'") && startsLikeFormula(inside.slice(1)) ? inside.slice(1) : inside;
}
