/** The longest comment, in characters as a person counts them (code points: an emoji is one). */
export const COMMENT_MAX_LENGTH = 2000;

/** A comment's length as the limit counts it and the survey's counter shows it. */
export function commentLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
