import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages } from '../src/i18n/messages.ts';
import { load, survey } from '../src/state/survey-state.ts';

/*
 * When the server limits wrong links from the respondent's address (429, the survey link limiter)
 * the app says so in Danish, as what it is — not "the link does not work", which would send a
 * respondent whose link is fine looking for another one.
 */
describe('a respondent whose connection sent too many wrong links', () => {
  afterEach(() => void vi.unstubAllGlobals());

  it('is told in Danish to wait a minute, and that it is the connection, not their link', async () => {
    const answer = { error: 'TOO_MANY', message: 'too many wrong links from here: wait a minute and try again' };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(answer), { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '42' } })));
    await load('A'.repeat(65), 'da');
    expect(survey.phase).toBe('problem');
    expect(survey.problem).toBe('tooMany');
    expect(messages.da.problem.tooMany).toBe('For mange forkerte links fra denne forbindelse. Vent et minut og prøv igen.');
  });

  it('is told something went wrong on our side when the database connection was lost (503), not that the link is wrong', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: 'UNAVAILABLE', message: 'lost' }), { status: 503, headers: { 'content-type': 'application/json', 'retry-after': '1' } })));
    await load('A'.repeat(65), 'da');
    expect(survey.problem).toBe('server');
    expect(messages.da.problem.server).toBe('Noget gik galt hos os. Prøv igen om lidt.');
  });
});
