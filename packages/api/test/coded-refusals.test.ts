import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { issuesOf } from '../src/errors.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

type UserSummary = Awaited<ReturnType<ApiFixture['user']>>;

/** What a refusal's cause says, in Danish, from its code: what the console shows. */
function danish(error: unknown): string | undefined {
  const coded = (error as { cause?: { coded?: { code: string; params: Record<string, string | number> } } }).cause?.coded;
  return renderError(coded?.code, coded?.params, 'da');
}

describe.each(testEngines())('refusals a console user meets carry codes, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: UserSummary;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('koder');
    admin = made.admin;
    tenantId = made.tenant.id;
  });
  afterAll(() => f?.close());

  it('inviting someone who is already a member', async () => {
    const error = await f.as(admin).members.invite({ tenantId, email: admin.email, role: 'analyst' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', cause: { coded: { code: 'member.alreadyMember', params: { email: admin.email, role: 'admin' } } } });
    expect(danish(error)).toBe(`${admin.email} er allerede medlem (administrator).`);
  });

  it('a people file with a bad email, a duplicate id and a cycle: every row problem coded, with line and column', async () => {
    const file = ['person_id;name;email;manager_id', '1;Anna;anna@egeskov.dk;', '2;Bo;bo.forkert@egeskov;3', '3;Cai;cai@egeskov.dk;2', '3;Dorte;dorte@egeskov.dk;1'].join('\n');
    const preview = await f.as(admin).people.previewImport({ tenantId, fileName: 'people.csv', contentBase64: Buffer.from(file).toString('base64') });
    expect(preview.errors.map((e) => [e.line, e.column, e.code])).toEqual(expect.arrayContaining([
      [3, 'email', 'people.emailInvalid'],
      [5, 'person_id', 'people.duplicateId'],
    ]));
    expect(preview.errors.every((e) => e.code !== undefined)).toBe(true);
    const email = preview.errors.find((e) => e.code === 'people.emailInvalid')!;
    expect(renderError(email.code, email.params, 'da')).toBe('"bo.forkert@egeskov" er ikke en gyldig e-mailadresse. Skriv den som navn@kommune.dk.');
  });

  it('an empty file and an empty file name are refused in words, never as a zod path', async () => {
    const upload = (fileName: string) => f.as(admin).people.previewImport({ tenantId, fileName, contentBase64: '' }).catch((e: unknown) => e);
    const empty = await upload('people.csv');
    expect(empty).toMatchObject({ code: 'BAD_REQUEST', cause: { issues: [{ code: 'file.empty' }] } });
    const unnamed = (await upload('')) as { code: string; cause: unknown };
    expect(unnamed.code).toBe('BAD_REQUEST');
    const [issue] = issuesOf(unnamed.cause);
    expect(issue).toMatchObject({ path: 'fileName', code: 'input.empty', params: { field: 'fileName' } });
    expect(renderError(issue!.code, issue!.params, 'da')).toBe('Filnavnet skal udfyldes.');
  });
});
