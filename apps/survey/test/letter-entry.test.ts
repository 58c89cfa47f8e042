import { describe, expect, it } from 'vitest';
import { codeInAddress, isKiosk, letterCode } from '../src/state/letter-entry.ts';

describe('a letter code in the address', () => {
  it('is read from a typed path and from the QR code\'s fragment, in any case and with or without dashes', () => {
    expect(codeInAddress('/s/abcd-efgh-jkmn', '', '/s/')).toBe('ABCDEFGHJKMN');
    expect(codeInAddress('/s/ABCD-EFGH-JKMN/', '', '/s/')).toBe('ABCDEFGHJKMN');
    expect(codeInAddress('/s/', '#ABCDEFGHJKMN', '/s/')).toBe('ABCDEFGHJKMN');
    expect(codeInAddress('/s/ABCD%20EFGH%20JKMN', '', '/s/')).toBe('ABCDEFGHJKMN');
  });

  it('is not found in a link token, the plain page, the kiosk page or something that cannot be a code', () => {
    expect(codeInAddress('/s/', `#${'A'.repeat(65)}`, '/s/')).toBeNull();
    expect(codeInAddress('/s/', '', '/s/')).toBeNull();
    expect(codeInAddress('/s/kiosk', '', '/s/')).toBeNull();
    expect(codeInAddress('/s/ABCD-EFGH-JKM0', '', '/s/')).toBeNull();
    expect(letterCode('ILO1-ABCD-EFGH')).toBeNull();
  });

  it('tells a shared device\'s page', () => {
    expect(isKiosk('/s/kiosk', '/s/')).toBe(true);
    expect(isKiosk('/s/kiosk/', '/s/')).toBe(true);
    expect(isKiosk('/s/', '/s/')).toBe(false);
  });
});
