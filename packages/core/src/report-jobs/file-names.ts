/** A name safe as a file name on every common system: letters, digits, spaces and `._–-` only; never empty. */
export function safeFileName(name: string, fallback = 'rapport'): string {
  return name.replace(/[^\p{L}\p{N} ._–-]+/gu, '').trim() || fallback;
}

/** At most `max` characters (whole code points), so a long name cannot push a file name past what file systems take. */
export function clip(text: string, max: number): string {
  return [...text].slice(0, max).join('').trim();
}

/**
 * One file name per leader, "<leader> – <round>.pdf", unique even where names repeat or differ
 * only in case (Windows and macOS file systems ignore case): a repeated name gets the person id.
 * Decided over all the round's leaders, so a leader's file has the same name whoever reads it.
 */
export function leaderFileNames(leaders: readonly { personId: string; name: string }[], roundName: string): Map<string, string> {
  const round = clip(safeFileName(roundName, 'måling'), 80);
  const stems = leaders.map((l) => clip(safeFileName(l.name), 80));
  const seen = new Map<string, number>();
  for (const stem of stems) seen.set(stem.toLowerCase(), (seen.get(stem.toLowerCase()) ?? 0) + 1);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  leaders.forEach((leader, i) => {
    let stem = stems[i]!;
    if ((seen.get(stem.toLowerCase()) ?? 0) > 1) stem = `${stem} (${clip(safeFileName(leader.personId, 'id'), 40)})`;
    let name = `${stem} – ${round}.pdf`;
    // Only ids that differ in nothing but stripped characters or case get here.
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} ${n} – ${round}.pdf`;
    taken.add(name.toLowerCase());
    names.set(leader.personId, name);
  });
  return names;
}
