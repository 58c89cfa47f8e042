import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import type { SpejlError } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, type ApiFixture } from './fixture.ts';

const HEADER = 'person_id;name;email;manager_id;faggruppe;unit_name';
const PEOPLE = [
  '1001;Birgitte Ravn;bira@egeskov.dk;;administration;Direktionen',
  '1002;Ole Kjærgaard;okj@egeskov.dk;1001;administration;Børn og Unge',
  '1004;Mads Bæk;mab@egeskov.dk;1002;lærer;Ågade Skole',
  '1005;"Sørensen; Lise";lis@egeskov.dk;1002;pædagog;Børnehuset Mælkebøtten',
  '1006;Jens Lund;jlu@egeskov.dk;1004;lærer;',
  '1007;Karen Dahl;kda@egeskov.dk;1004;lærer;',
  '1008;Poul Møller;pmo@egeskov.dk;1004;lærer;',
  '1009;Ida Hansen;iha@egeskov.dk;1004;lærer;',
  '1010;Åse Nielsen;asn@egeskov.dk;1004;lærer;',
  '1011;Signe Kjær;ski@egeskov.dk;1005;pædagog;',
];
/** A people file as base64; another separator replaces every `;` but the one inside "Sørensen; Lise". */
const base64 = (lines: string[], separator = ';') => Buffer.from(`\uFEFF${[HEADER, ...lines].map((l) => l.replace(/;(?! )/g, separator)).join('\r\n')}\r\n`).toString('base64');

/** The refusal a procedure threw, with the core's coded issues. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; issues: SpejlError['issues'] }> {
  const error = await call.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return { code: (error as TRPCError).code, issues: ((error as TRPCError).cause as SpejlError).issues };
}

describe.each(testEngines())('people imports that cannot hurt by accident, through the API on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const t = await f.tenantWithAdmin('import-safety');
    tenantId = t.tenant.id;
    admin = t.admin;
    await f.as(admin).people.applyImport({ tenantId, fileName: 'hr.csv', contentBase64: base64(PEOPLE) });
  });
  afterAll(() => f?.close());

  it('refuses a removal past the limit without confirmation, in a coded error naming the numbers, and applies it once confirmed', async () => {
    const api = f.as(admin).people;
    // Two of ten leave and one moves: 30 %, past the default 10 %.
    const next = [...PEOPLE.slice(0, 6).map((l) => l.replace('1006;Jens Lund;jlu@egeskov.dk;1004', '1006;Jens Lund;jlu@egeskov.dk;1005')), ...PEOPLE.slice(8)];
    const contentBase64 = base64(next);
    const preview = await api.previewImport({ tenantId, fileName: 'next.csv', contentBase64 });
    expect(preview.largeChange).toEqual({ left: 2, moved: 1, people: 10, share: 0.3, limitPercent: 10, needsConfirmation: true });
    expect(preview.samples?.left.map((p) => p.name)).toEqual(['Ida Hansen', 'Poul Møller']);
    expect(preview.samples?.moved.map((c) => [c.after.name, preview.samples!.names[c.before.managerId!], preview.samples!.names[c.after.managerId!]])).toEqual([['Jens Lund', 'Mads Bæk', 'Sørensen; Lise']]);

    const refused = await refusal(api.applyImport({ tenantId, fileName: 'next.csv', contentBase64, token: preview.token! }));
    expect(refused).toEqual({ code: 'BAD_REQUEST', issues: [expect.objectContaining({ code: 'people.largeChange', params: { left: 2, moved: 1, people: 10, limit: 10 } })] });
    expect(refused.issues[0]).not.toHaveProperty('path');
    expect((await api.summary({ tenantId })).people).toBe(10);

    await api.applyImport({ tenantId, fileName: 'next.csv', contentBase64, token: preview.token!, confirmLargeChange: true });
    expect((await api.summary({ tenantId })).people).toBe(8);
    const audit = await f.as(admin).tenant.audit({ tenantId });
    expect(audit.find((a) => a.action === 'people.import' && a.target === 'next.csv')?.details).toMatchObject({ left: 2, moved: 1, confirmedLargeChange: true });
    await api.applyImport({ tenantId, fileName: 'hr.csv', contentBase64: base64(PEOPLE), confirmLargeChange: true });
  });

  it('keeps the limit a tenant setting an admin changes and an analyst only reads', async () => {
    const analyst = await f.user('Analyst-safety');
    await f.join(tenantId, analyst, 'analyst');
    expect(await f.as(analyst).people.importSettings({ tenantId })).toEqual({ largeChangePercent: 10 });
    await expect(f.as(analyst).people.saveImportSettings({ tenantId, largeChangePercent: 50 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(admin).people.saveImportSettings({ tenantId, largeChangePercent: 150 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await f.as(admin).people.saveImportSettings({ tenantId, largeChangePercent: 50 });
    expect(await f.as(analyst).people.importSettings({ tenantId })).toEqual({ largeChangePercent: 50 });
    const preview = await f.as(admin).people.previewImport({ tenantId, fileName: 'next.csv', contentBase64: base64(PEOPLE.slice(0, 7)) });
    expect(preview.largeChange).toMatchObject({ left: 3, needsConfirmation: false });
    await f.as(admin).people.saveImportSettings({ tenantId, largeChangePercent: 10 });
  });

  it('reads a |-separated file under the reading its preview offers', async () => {
    const api = f.as(admin).people;
    const contentBase64 = base64(PEOPLE, '|');
    const guessed = await api.previewImport({ tenantId, fileName: 'piped.csv', contentBase64 });
    expect(guessed).toMatchObject({ counts: null, suggestedReading: { delimiter: '|' }, errors: [expect.objectContaining({ code: 'file.otherSeparator' })] });
    const read = await api.previewImport({ tenantId, fileName: 'piped.csv', contentBase64, reading: guessed.suggestedReading! });
    expect(read).toMatchObject({ errors: [], counts: { unchanged: 10, left: 0 } });
    await expect(api.previewImport({ tenantId, fileName: 'piped.csv', contentBase64, reading: { delimiter: ':' as '|' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('never offers someone in a person\'s own chain as their new manager, and refuses such a move in a coded error', async () => {
    const api = f.as(admin).people;
    const hits = await api.search({ tenantId, query: 'egeskov.dk', outsideChainOf: '1002' });
    expect(hits.map((h) => h.personId)).toEqual(['1001']);
    const refused = await refusal(api.move({ tenantId, personId: '1002', managerId: '1006' }));
    expect(refused).toEqual({ code: 'BAD_REQUEST', issues: [expect.objectContaining({ code: 'people.managerInOwnChain', params: expect.objectContaining({ personName: 'Ole Kjærgaard', managerName: 'Jens Lund' }) })] });
    expect(refused.issues[0]).not.toHaveProperty('path');
    expect((await api.get({ tenantId, personId: '1002' })).manager?.personId).toBe('1001');
  });
});
