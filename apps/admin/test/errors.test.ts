import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { asSentence, describeError, detailLines, errorSentence, headlineOf, issueFor } from '../src/api/errors.ts';
import { i18n } from '../src/i18n/index.ts';

/** A tRPC error as the client receives it from the server's error formatter. */
function serverError(code: string, message: string, issues: unknown[] = [], coded: { errorCode: string; errorParams: Record<string, string | number> } | null = null) {
  return TRPCClientError.from({ error: { code: -32600, message, data: { code, httpStatus: 400, issues, errorCode: coded?.errorCode ?? null, errorParams: coded?.errorParams ?? null } } });
}

const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});

describe('how the console frames a server error', () => {
  it('makes an English catalogue text a sentence, keeps a value it starts with as written, and leaves Danish as it is', () => {
    expect(asSentence('the round is open: its peers were fixed when it was launched', 'en')).toBe('The round is open: its peers were fixed when it was launched.');
    expect(asSentence('bo@egeskov.dk is already a member', 'en')).toBe('bo@egeskov.dk is already a member.');
    expect(asSentence('bo@egeskov.dk er allerede medlem', 'da')).toBe('bo@egeskov.dk er allerede medlem');
  });

  it('heads zod input errors with its own lead and names each field in words, never its path or zod\'s English', () => {
    i18n.global.locale.value = 'da';
    const shown = describeError(
      serverError('BAD_REQUEST', 'invalid input: at settings.name: Too small: expected string to have >=1 characters; at contentBase64: Too big', [
        { path: 'settings.name', code: 'input.empty', params: { field: 'settings.name' }, message: 'Too small: expected string to have >=1 characters' },
        { path: 'contentBase64', code: 'input.tooLong', params: { field: 'contentBase64', limit: 200 }, message: 'Too big' },
      ]),
    );
    expect(t(shown.key)).toBe('Rettelser mangler:');
    expect(detailLines(shown, t)).toEqual(['Navnet skal udfyldes.', 'Filen må højst have 200 tegn.']);
    expect(issueFor(shown, 'settings.name')).toBe('Navnet skal udfyldes.');
  });

  it('names the line and column of a file issue in the reader’s language', () => {
    i18n.global.locale.value = 'en';
    const issue = { line: 3, column: 'person_id', code: 'people.duplicateId', params: { personId: '200001', otherLine: 322 }, message: '…' };
    const shown = describeError(serverError('BAD_REQUEST', 'bad file', [issue]));
    expect(t(shown.key)).toBe('Please correct:');
    expect(detailLines(shown, t)).toEqual(['line 3 · person_id: The person_id "200001" is also on line 322. Every person needs their own id.']);
    i18n.global.locale.value = 'da';
    expect(detailLines(shown, t)).toEqual(['linje 3 · person_id: Medarbejdernummeret "200001" står også på linje 322. Hver person skal have sit eget nummer.']);
  });

  it('says a coded refusal alone, as the headline, in the reader\'s language, and follows a switch of language', () => {
    i18n.global.locale.value = 'da';
    const error = serverError('FORBIDDEN', 'you may not read the leader report of leader "1005"', [], { errorCode: 'report.leaderForbidden', errorParams: { leaderId: '1005' } });
    expect(errorSentence(describeError(error), t)).toBe('Du må ikke læse lederrapporten for leder "1005".');
    expect(headlineOf(describeError(error), t)).toBe('Du må ikke læse lederrapporten for leder "1005".');
    expect(detailLines(describeError(error), t)).toEqual([]);
    i18n.global.locale.value = 'en';
    expect(errorSentence(describeError(error), t)).toBe('You may not read the leader report of leader "1005".');
    i18n.global.locale.value = 'da';
  });

  it.each([
    ['CONFLICT', 'tenant.slugTaken', { slug: 'egeskov' }],
    ['NOT_FOUND', 'round.personHasNoForms', { personId: '999999' }],
    ['BAD_REQUEST', 'people.managerInOwnChain', { manager: '100016 (Karen Friis)', person: '100002 (Ole Kjærgaard)', personName: 'Ole Kjærgaard', managerName: 'Karen Friis' }],
  ])('never puts the generic %s heading or "Detaljer:" in front of the coded sentence %s', (code, errorCode, errorParams) => {
    i18n.global.locale.value = 'da';
    const shown = describeError(serverError(code, 'English', [], { errorCode, errorParams }));
    const sentence = errorSentence(shown, t);
    expect(sentence).not.toMatch(/Detaljer|Rettelser mangler|findes allerede eller|blev ikke fundet|ikke adgang til dette/);
    expect(sentence).toMatch(/^[A-ZÆØÅ0-9"].*\.$/);
  });

  it('says a refused file (its one issue repeating the refusal) as that sentence alone, with no "Rettelser mangler:" above it', () => {
    i18n.global.locale.value = 'da';
    const coded = { errorCode: 'round.extendEarlier', errorParams: {} };
    const shown = describeError(serverError('BAD_REQUEST', 'x', [{ path: 'closesAt', code: 'round.extendEarlier', params: {}, message: 'x' }], coded));
    expect(errorSentence(shown, t)).toBe(headlineOf(shown, t));
    expect(headlineOf(shown, t)).not.toContain('Rettelser');
    expect(detailLines(shown, t)).toEqual([]);
  });

  it('heads issues without a coded refusal with "Rettelser mangler:" and no "Detaljer:" after it', () => {
    i18n.global.locale.value = 'da';
    const shown = describeError(serverError('BAD_REQUEST', 'x', [{ path: 'settings.name', code: 'input.empty', params: { field: 'settings.name' }, message: 'x' }]));
    expect(errorSentence(shown, t)).toBe('Rettelser mangler: Navnet skal udfyldes.');
  });

  it('says an invited member exists once, beside the field and as the headline', () => {
    i18n.global.locale.value = 'da';
    const params = { email: 'bo@egeskov.dk', role: 'analyst' };
    const shown = describeError(serverError('CONFLICT', 'bo@egeskov.dk is already a member (analyst)', [{ path: 'email', code: 'member.alreadyMember', params, message: '…' }], { errorCode: 'member.alreadyMember', errorParams: params }));
    expect(headlineOf(shown, t)).toBe('bo@egeskov.dk er allerede medlem (analytiker).');
    expect(detailLines(shown, t)).toEqual([]);
    expect(issueFor(shown, 'email')).toBe('bo@egeskov.dk er allerede medlem (analytiker).');
  });

  it('never shows an uncoded issue\'s English', () => {
    i18n.global.locale.value = 'da';
    const shown = describeError(serverError('BAD_REQUEST', 'x', [{ line: 4, column: 'name', message: 'name is weird' }]));
    expect(detailLines(shown, t)).toEqual(['linje 4 · name: Værdien kan ikke bruges. Ret den, og prøv igen.']);
    expect(issueFor(describeError(serverError('BAD_REQUEST', 'x', [{ path: 'email', message: 'already in use' }])), 'email')).toBeUndefined();
  });

  it.each([
    ['NOT_FOUND', 'Det blev ikke fundet. Måske er det slettet.'],
    ['FORBIDDEN', 'Du har ikke adgang til dette.'],
    ['CONFLICT', 'Det findes allerede eller er lige blevet ændret af en anden.'],
    ['TOO_MANY_REQUESTS', 'For mange forsøg lige nu. Vent et øjeblik, og prøv igen.'],
    ['BAD_REQUEST', 'Noget af det indtastede er ikke gyldigt.'],
  ])('gives an uncoded %s a Danish headline and leaves out the server\'s English sentence', (code, headline) => {
    i18n.global.locale.value = 'da';
    const shown = describeError(serverError(code, 'round not found'));
    expect(t(shown.key)).toBe(headline);
    expect(detailLines(shown, t)).toEqual([]);
    expect(errorSentence(shown, t)).toBe(headline);
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
