import { renderError } from '@spejl/error-catalogue';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codedError, codedIssue, SpejlError } from '../../src/errors/spejl-error.ts';
import { codedZodIssues } from '../../src/errors/zod-issues.ts';

describe('coded errors', () => {
  it('carry their code and values, with the catalogue\'s English as the message for logs', () => {
    const error = codedError('CONFLICT', 'member.alreadyMember', { email: 'bo@egeskov.dk', role: 'admin' });
    expect(error).toBeInstanceOf(SpejlError);
    expect(error.coded).toEqual({ code: 'member.alreadyMember', params: { email: 'bo@egeskov.dk', role: 'admin' } });
    expect(error.message).toBe('bo@egeskov.dk is already a member (admin)');
    expect(renderError(error.coded!.code, error.coded!.params, 'da')).toBe('bo@egeskov.dk er allerede medlem (administrator).');
  });

  it('place an issue in a file or a form', () => {
    expect(codedIssue('people.duplicateId', { personId: '200001', otherLine: 322 }, { line: 14, column: 'person_id' })).toEqual({
      line: 14,
      column: 'person_id',
      code: 'people.duplicateId',
      params: { personId: '200001', otherLine: 322 },
      message: 'The person_id "200001" is also on line 322. Every person needs their own id.',
    });
  });
});

describe('zod issues as coded issues', () => {
  const schema = z.object({ fileName: z.string().min(1), contentBase64: z.string().min(1), name: z.string().max(5), count: z.number().int().min(3), role: z.enum(['admin', 'leader']) });

  it('name the field and the kind of problem, never zod\'s English', () => {
    const parsed = schema.safeParse({ fileName: 'a.csv', contentBase64: '', name: 'abcdefg', count: 1, role: 'chef' });
    const issues = codedZodIssues(parsed.error!);
    expect(issues.map((i) => [i.path, i.code, i.params])).toEqual([
      ['contentBase64', 'input.empty', { field: 'contentBase64' }],
      ['name', 'input.tooLong', { field: 'name', limit: 5 }],
      ['count', 'input.tooSmall', { field: 'count', limit: 3 }],
      ['role', 'input.invalid', { field: 'role' }],
    ]);
    expect(renderError(issues[0]!.code, issues[0]!.params, 'da')).toBe('Filen skal udfyldes.');
    expect(renderError(issues[3]!.code, issues[3]!.params, 'da')).toBe('Rollen er ikke udfyldt rigtigt.');
    expect(issues.every((i) => i.code?.startsWith('input.'))).toBe(true);
  });

  it('keep the place of options nested under a prefix', () => {
    const parsed = z.object({ k: z.number().max(9) }).safeParse({ k: 10 });
    expect(codedZodIssues(parsed.error!, ['reports', 'chain', 'options'])[0]).toMatchObject({ path: 'reports.chain.options.k', code: 'input.tooBig', params: { limit: 9 } });
  });
});
