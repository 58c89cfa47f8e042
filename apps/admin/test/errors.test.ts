import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeError, detailLines, errorSentence } from '../src/api/errors.ts';
import { i18n } from '../src/i18n/index.ts';

/** A tRPC error as the client receives it from the server's error formatter. */
function serverError(code: string, message: string, issues: unknown[] = []) {
  return TRPCClientError.from({ error: { code: -32600, message, data: { code, httpStatus: 400, issues } } });
}

const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});

describe('how the console frames a server error', () => {
  it('heads zod input errors with its own lead and lists the issues, not the English summary', () => {
    i18n.global.locale.value = 'da';
    const shown = describeError(
      serverError('BAD_REQUEST', 'invalid input: at settings.name: give the round a name; at settings.themes: choose at least one theme', [
        { path: 'settings.name', message: 'give the round a name' },
        { path: 'settings.themes', message: 'choose at least one theme' },
      ]),
    );
    expect(t(shown.key)).toBe('Rettelser mangler:');
    expect(detailLines(shown, t)).toEqual(['settings.name: give the round a name', 'settings.themes: choose at least one theme']);
  });

  it('names the line and column of a file issue in the reader’s language', () => {
    i18n.global.locale.value = 'en';
    const shown = describeError(serverError('BAD_REQUEST', 'bad file', [{ line: 3, column: 'subject_id', message: '"1004" is not a leader evaluated in this round' }]));
    expect(t(shown.key)).toBe('Please correct:');
    expect(detailLines(shown, t)).toEqual(['line 3 · subject_id: "1004" is not a leader evaluated in this round']);
    i18n.global.locale.value = 'da';
    expect(detailLines(shown, t)[0]).toMatch(/^linje 3 · subject_id: /);
  });

  it.each([
    ['NOT_FOUND', 'Det blev ikke fundet. Måske er det slettet.'],
    ['FORBIDDEN', 'Du har ikke adgang til dette.'],
    ['CONFLICT', 'Det findes allerede eller er lige blevet ændret af en anden.'],
    ['TOO_MANY_REQUESTS', 'For mange forsøg lige nu. Vent et øjeblik, og prøv igen.'],
    ['BAD_REQUEST', 'Noget af det indtastede er ikke gyldigt.'],
  ])('gives %s a Danish headline and keeps the server sentence as a detail', (code, headline) => {
    i18n.global.locale.value = 'da';
    const shown = describeError(serverError(code, 'round not found'));
    expect(t(shown.key)).toBe(headline);
    expect(detailLines(shown, t)).toEqual(['round not found']);
    expect(errorSentence(shown, t)).toBe(`${headline} Detaljer: round not found`);
  });

  it('says in Danish that the database connection was lost, without the English sentence beneath', () => {
    i18n.global.locale.value = 'da';
    const shown = describeError(serverError('SERVICE_UNAVAILABLE', 'the connection to the database was lost; try again'));
    expect(errorSentence(shown, t)).toBe('Forbindelsen til databasen blev afbrudt – prøv igen.');
    i18n.global.locale.value = 'en';
    expect(errorSentence(shown, t)).toBe('The connection to the database was lost – please try again.');
    i18n.global.locale.value = 'da';
  });
});
