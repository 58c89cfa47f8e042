import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codedError, codedIssue, readPeopleFile } from '@spejl/core';
import { cliLanguage, reportError } from '../src/errors.ts';

function written(error: unknown, language: 'da' | 'en'): string {
  let text = '';
  reportError(error, (t) => (text += t), language);
  return text;
}

describe('the CLI says refusals in the words of the console', () => {
  const refused = codedError('BAD_INPUT', 'people.fileHasProblems', { fileName: 'people.csv', count: 2 }, [
    codedIssue('people.emailInvalid', { value: 'bo.forkert@egeskov' }, { line: 3, column: 'email' }),
    codedIssue('people.duplicateId', { personId: '200001', otherLine: 322 }, { line: 14, column: 'person_id' }),
  ]);

  it('in Danish from the shared catalogue', () => {
    expect(written(refused, 'da')).toBe([
      'fejl: people.csv har 2 fejl, så intet blev importeret. Ret dem, og upload filen igen.',
      '  linje 3, kolonne email: "bo.forkert@egeskov" er ikke en gyldig e-mailadresse. Skriv den som navn@kommune.dk.',
      '  linje 14, kolonne person_id: Medarbejdernummeret "200001" står også på linje 322. Hver person skal have sit eget nummer.',
      '',
    ].join('\n'));
  });

  it('in English as the catalogue\'s English', () => {
    expect(written(refused, 'en')).toBe([
      'error: people.csv has 2 problems, so nothing was imported. Fix them, and upload the file again.',
      '  line 3, column email: "bo.forkert@egeskov" is not a valid email address. Write it like navn@kommune.dk.',
      '  line 14, column person_id: The person_id "200001" is also on line 322. Every person needs their own id.',
      '',
    ].join('\n'));
  });

  it('names a field in words in Danish, not as a zod path', () => {
    const parsed = z.object({ fileName: z.string().min(1) }).safeParse({ fileName: '' });
    expect(written(parsed.error, 'da')).toBe('fejl: ugyldigt input\n  Filnavnet skal udfyldes.\n');
  });

  it('says a refused file once, in Danish', async () => {
    const error = await readPeopleFile(new Uint8Array()).catch((e: unknown) => e);
    expect(written(error, 'da')).toBe('fejl: Filen er tom (0 byte). Eksportér filen fra HR-systemet igen, og upload den.\n');
  });

  it('takes the language from --lang, else from a shell locale naming Danish or English, else Danish', () => {
    expect(cliLanguage('da', {})).toBe('da');
    expect(cliLanguage('en', { LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(cliLanguage(undefined, { LANG: 'da_DK.UTF-8' })).toBe('da');
    expect(cliLanguage(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLanguage(undefined, { LANG: 'da_DK.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(cliLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('da');
    expect(cliLanguage(undefined, { LANG: 'de_DE.UTF-8' })).toBe('da');
    expect(cliLanguage(undefined, {})).toBe('da');
  });
});
