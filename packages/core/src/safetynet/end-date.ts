/**
 * The day a Slutdato names, as `yyyy-mm-dd`, or null when the text is no date. HR exports write
 * ISO dates or the Danish day first (31-12-2026, 31.12.2026, 31/12/2026); a time after the date is ignored.
 */
export function parseEndDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?: .*)?$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null;
}

/** Whether a person whose Slutdato is `end` has left by `today` (both `yyyy-mm-dd`): the last day still counts as employed. */
export function hasLeft(end: string | null, today: string): boolean {
  return end !== null && end < today;
}
