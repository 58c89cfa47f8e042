import { describe, expect, it } from 'vitest';
import { commentLength, commentsFit } from '../src/state/comment-length.ts';

describe('comment length as the server counts it', () => {
  it('counts characters as a person does: an emoji or a Danish letter is one', () => {
    expect(commentLength('æøå')).toBe(3);
    expect(commentLength('😀👍🏽')).toBe(3); // a thumb with a skin tone is two code points, as the server counts it
    expect('😀'.length).toBe(2);
  });

  it('holds a form back only when a comment, without its surrounding blanks, is over the limit', () => {
    expect(commentsFit({ a: 'x'.repeat(2000), b: '' }, 2000)).toBe(true);
    expect(commentsFit({ a: ` ${'x'.repeat(2000)}\n` }, 2000)).toBe(true);
    expect(commentsFit({ a: 'x'.repeat(2001) }, 2000)).toBe(false);
  });
});
