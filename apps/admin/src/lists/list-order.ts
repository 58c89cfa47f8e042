import type { ListColumn, ListSort } from './list-column.ts';

/*
 * Search and sort of a list the console already holds, as pure functions: they only choose and
 * order rows the server sent (what the anonymity filter published), and compute nothing new.
 */

// One collator per reader's language: Danish puts æ, ø, å after z, English does not.
const collators = new Map<string, Intl.Collator>();
const collatorFor = (locale: string) => collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })).get(locale)!;

/** The words of a search, lower-cased the Danish way; every word must be found for a row to match. */
export function searchWords(search: string): string[] {
  return search.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
}

/** What search reads in a row: its searchable text values, lower-cased, in one string. */
export function searchText<Row>(row: Row, columns: readonly ListColumn<Row>[]): string {
  const texts: string[] = [];
  for (const c of columns) {
    if (c.searchable === false) continue;
    const value = c.value(row);
    if (typeof value === 'string') texts.push(value.toLocaleLowerCase('da'));
  }
  return texts.join('\n');
}

/** Whether a row's search text holds every word. */
export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}

/**
 * Orders two values: numbers as numbers, text in the reader's language's order (Danish: æ, ø, å
 * last; 2 before 10), blanks always last whatever the direction.
 */
export function compareValues(a: string | number | null, b: string | number | null, direction: ListSort['direction'], locale = 'da'): number {
  if (a === null || a === '' || b === null || b === '') return (a === null || a === '' ? 1 : 0) - (b === null || b === '' ? 1 : 0);
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collatorFor(locale).compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/** The rows in the chosen order (a stable sort: equal rows keep their order), or as given when unsorted. */
export function sortRows<Row>(rows: readonly Row[], columns: readonly ListColumn<Row>[], sort: ListSort | null, locale = 'da'): readonly Row[] {
  const column = sort && columns.find((c) => c.key === sort.key && c.sortable !== false);
  if (!sort || !column) return rows;
  const keyed = rows.map((row) => ({ row, value: column.value(row) }));
  keyed.sort((x, y) => compareValues(x.value, y.value, sort.direction, locale));
  return keyed.map((k) => k.row);
}

/** The next order when a column's heading is clicked: ascending first, then back and forth. */
export function nextSort(current: ListSort | null, key: string): ListSort {
  return current?.key === key && current.direction === 'ascending' ? { key, direction: 'descending' } : { key, direction: 'ascending' };
}
