import { describe, expect, it } from 'vitest';
import { loggedPath } from '../src/logged-path.ts';

describe('the request log', () => {
  it('never writes a letter code typed into the address', () => {
    expect(loggedPath('/s/ABCD-EFGH-JKMN')).toBe('/s/[code]');
    expect(loggedPath('/s/abcdefghjkmn/')).toBe('/s/[code]');
  });

  it('keeps the paths that carry no secret', () => {
    for (const path of ['/s/', '/s/kiosk', '/s/api/code', '/s/api/forms/0', '/s/assets/index-abc.js', '/trpc/rounds.list', '/']) expect(loggedPath(path)).toBe(path);
  });
});
