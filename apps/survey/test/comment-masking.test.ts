import { describe, expect, it } from 'vitest';
import { maskedReplacement, serverMaskings } from '../src/state/comment-masking.ts';

describe('showing a comment as the server stored it', () => {
  it('notes a comment whose CPR number the server masked, and not one it only cleaned', () => {
    const sent = { a: 'Ring 010190-1234 ', b: 'Godt arbejde  ', c: 'Ser [fjernet] her' };
    const stored = { a: 'Ring [fjernet]', b: 'Godt arbejde', c: 'Ser [fjernet] her' };
    expect(serverMaskings(sent, stored)).toEqual({ a: { sent: 'Ring 010190-1234 ', stored: 'Ring [fjernet]' } });
  });

  it('replaces the field only while it holds exactly what was sent', () => {
    const masking = { sent: 'Ring 010190-1234', stored: 'Ring [fjernet]' };
    expect(maskedReplacement(masking, 'Ring 010190-1234')).toBe('Ring [fjernet]');
    // Typed on since the save: the next save's receipt decides.
    expect(maskedReplacement(masking, 'Ring 010190-1234 i morgen')).toBeNull();
    expect(maskedReplacement(undefined, 'x')).toBeNull();
  });
});
