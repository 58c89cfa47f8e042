import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { SpejlError } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, type ApiFixture } from './fixture.ts';

const FILE = [
  'person_id;name;email;manager_id;faggruppe;unit_name',
  '1001;Birgitte Ravn;bira@egeskov.dk;;administration;Direktionen',
  '1002;Ole Kjærgaard;okj@egeskov.dk;1001;administration;Børn og Unge',
  '1004;Mads Bæk;mab@egeskov.dk;1002;lærer;Ågade Skole',
  '1006;Jens Lund;jlu@egeskov.dk;1004;lærer;',
  '1007;Karen Dahl;kda@egeskov.dk;1004;lærer;',
];
const base64 = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`).toString('base64');

describe.each(testEngines())('people router on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const t = await f.tenantWithAdmin('people-api');
    tenantId = t.tenant.id;
    admin = t.admin;
  });
  afterAll(() => f?.close());

  it('previews, applies with the previewed counts, and records history and audit', async () => {
    const api = f.as(admin).people;
    const preview = await api.previewImport({ tenantId, fileName: 'hr.csv', contentBase64: base64(FILE) });
    expect(preview).toMatchObject({ errors: [], counts: { added: 5, left: 0 }, mapping: { person_id: 'person_id' } });
    const result = await api.applyImport({ tenantId, fileName: 'hr.csv', contentBase64: base64(FILE), token: preview.token! });
    expect(result.counts.added).toBe(5);
    expect(await api.summary({ tenantId })).toMatchObject({ people: 5, leaders: 3, tops: 1, lastImport: { fileName: 'hr.csv', added: 5, actor: admin.email } });
    const audit = await f.as(admin).tenant.audit({ tenantId });
    expect(audit.map((a) => a.action)).toContain('people.import');
  });

  it('lists every problem of a bad file with line and column, and applying it changes nothing', async () => {
    const api = f.as(admin).people;
    const bad = [...FILE, '1008;;x@egeskov.dk;9999;lærer;'];
    const preview = await api.previewImport({ tenantId, fileName: 'hr.csv', contentBase64: base64(bad) });
    expect(preview.counts).toBeNull();
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([[7, 'name'], [7, 'manager_id']]);
    const error = await api.applyImport({ tenantId, fileName: 'hr.csv', contentBase64: base64(bad) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect(((error as TRPCError).cause as SpejlError).issues).toHaveLength(2);
    expect((await api.summary({ tenantId })).people).toBe(5);
  });

  it('says the file is empty or too large in a coded message, not a schema error about contentBase64, and changes nothing', async () => {
    const api = f.as(admin).people;
    const refusal = async (contentBase64: string) => {
      const error = await api.previewImport({ tenantId, fileName: 'hr.csv', contentBase64 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
      expect((error as TRPCError).message).not.toMatch(/contentBase64|Too small|Too big/);
      return ((error as TRPCError).cause as SpejlError).issues[0];
    };
    expect(await refusal('')).toMatchObject({ code: 'file.empty', message: expect.stringMatching(/^the file is empty/) });
    expect(await refusal(Buffer.alloc(21 * 1024 * 1024, 0x41).toString('base64'))).toMatchObject({ code: 'file.tooLarge', params: { size: '21 MB', limit: '20 MB' } });
    const error = await api.applyImport({ tenantId, fileName: 'hr.csv', contentBase64: '' }).catch((e: unknown) => e);
    expect(((error as TRPCError).cause as SpejlError).issues[0]?.code).toBe('file.empty');
    expect((await api.summary({ tenantId })).people).toBe(5);
  });

  it('browses, searches, moves, marks exempt and exports what it imported', async () => {
    const api = f.as(admin).people;
    const [top] = await api.children({ tenantId, managerId: null });
    expect(top).toMatchObject({ personId: '1001', directReports: 1 });
    const [hit] = await api.search({ tenantId, query: 'karen' });
    expect(hit?.path.map((p) => p.personId)).toEqual(['1001', '1002', '1004']);
    await api.move({ tenantId, personId: '1007', managerId: '1002' });
    await api.setExempt({ tenantId, personId: '1004', exempt: true, reason: 'nyansat' });
    const ole = await api.get({ tenantId, personId: '1002' });
    expect(ole.reports.map((r) => [r.personId, r.exempt])).toEqual([['1007', false], ['1004', true]]);
    expect(ole.chainSize).toBe(3);
    const exported = await api.exportCsv({ tenantId });
    const preview = await api.previewImport({ tenantId, fileName: exported.fileName, contentBase64: Buffer.from(exported.content).toString('base64') });
    expect(preview.counts).toMatchObject({ added: 0, moved: 0, left: 0, unchanged: 5 });
  });

  it('lets an analyst read but not change, and keeps leaders out', async () => {
    const analyst = await f.user('Analyst');
    const leader = await f.user('Leader');
    await f.join(tenantId, analyst, 'analyst');
    await f.join(tenantId, leader, 'leader');
    expect((await f.as(analyst).people.summary({ tenantId })).people).toBe(5);
    await expect(f.as(analyst).people.move({ tenantId, personId: '1007', managerId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(analyst).people.applyImport({ tenantId, fileName: 'x.csv', contentBase64: base64(FILE) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(leader).people.children({ tenantId, managerId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
