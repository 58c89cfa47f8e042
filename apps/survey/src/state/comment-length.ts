/** A comment's length as the server counts it (code points: an emoji is one character, as a person counts it). */
export function commentLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Whether every comment fits the round's limit; a form with one that does not is not sent until it is shortened. */
export function commentsFit(comments: Readonly<Record<string, string>>, max: number): boolean {
  return Object.values(comments).every((text) => commentLength(text.trim()) <= max);
}
