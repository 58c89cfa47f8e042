import { afterEach, describe, expect, it, vi } from 'vitest';
import { SurveyRequestError } from '../src/api/survey-client.ts';
import { messages } from '../src/i18n/messages.ts';
import { load, PROBLEMS, SAVE_PROBLEMS, saveProblemOf, survey } from '../src/state/survey-state.ts';

type Tree = { [key: string]: string | Tree };

/** Every text's path in a message tree: `problem.unknown`, `form.saveProblem.network` … */
function paths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : paths(value, `${prefix}${key}.`)));
}

function text(locale: 'da' | 'en', path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages[locale]);
}

/** Every error state the respondent can meet, as the message path the app shows for it. */
const ERROR_STATES = [
  ...PROBLEMS.map((p) => `problem.${p}`),
  ...SAVE_PROBLEMS.map((p) => `form.saveProblem.${p}`),
  'closed.text', 'closed.notOpen', 'closed.lost', 'closed.lostEdit', 'overview.refused',
];

describe("the survey's error states, in the respondent's language", () => {
  it('has every text in Danish and English, and nothing in one language only', () => {
    expect(paths(messages.en as unknown as Tree)).toEqual(paths(messages.da as unknown as Tree));
  });

  it.each(ERROR_STATES)('%s is said in Danish and in English, differently', (path) => {
    const da = text('da', path);
    const en = text('en', path);
    expect(typeof da, path).toBe('string');
    expect(typeof en, path).toBe('string');
    expect((da as string).length).toBeGreaterThan(10);
    expect(da).not.toBe(en);
  });
});

describe('what the app makes of a failed request', () => {
  afterEach(() => void vi.unstubAllGlobals());

  const answering = (status: number, body: object) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

  it.each([
    [404, 'unknown'],
    [429, 'tooMany'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('a link answered %i shows problem.%s', async (status, problem) => {
    vi.stubGlobal('fetch', answering(status, { error: 'X', message: 'English the app never shows' }));
    await load('A'.repeat(65), 'da');
    expect(survey.phase).toBe('problem');
    expect(survey.problem).toBe(problem);
  });

  it('a link that cannot reach the server shows problem.network, and no link at all problem.missing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await load('A'.repeat(65), 'da');
    expect(survey.problem).toBe('network');
    await load(null, 'da');
    expect(survey.problem).toBe('missing');
  });

  it('a save that fails says why: the connection, our side, a page the server refuses, or too many tries', () => {
    expect(saveProblemOf(new SurveyRequestError('NETWORK', 'network'))).toBe('network');
    expect(saveProblemOf(new SurveyRequestError('SERVER', 'the connection to the database was lost'))).toBe('server');
    expect(saveProblemOf(new SurveyRequestError('BAD_INPUT', 'this browser sent no device key'))).toBe('refused');
    expect(saveProblemOf(new SurveyRequestError('TOO_LARGE', 'the form is too large'))).toBe('refused');
    expect(saveProblemOf(new SurveyRequestError('TOO_MANY', 'too many'))).toBe('tooMany');
    expect(saveProblemOf(new Error('anything else'))).toBe('server');
    for (const problem of SAVE_PROBLEMS) expect(ERROR_STATES).toContain(`form.saveProblem.${problem}`);
  });
});
