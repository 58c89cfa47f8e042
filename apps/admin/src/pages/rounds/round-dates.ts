/**
 * What the console itself can tell of a round's opening and closing fields (datetime-local values
 * on the tenant's clocks), for the create form and a draft's dates alike: the same two refusals
 * the server makes (round.closesInPast, round.closesBeforeOpens), said before it is asked.
 */
export function closesProblem(opens: string, closes: string, fromField: (value: string) => Date, now = new Date()): 'closesInPast' | 'closesBeforeOpens' | null {
  if (!closes) return null;
  const closesAt = fromField(closes);
  if (closesAt <= now) return 'closesInPast';
  if (opens && closesAt <= fromField(opens)) return 'closesBeforeOpens';
  return null;
}
