import { describe, expect, it } from 'vitest';
import { SpejlError, type InputIssue } from '../../src/errors/spejl-error.ts';
import { UPLOAD_LIMITS } from '../../src/files/upload-limits.ts';
import { readPeopleFile } from '../../src/hierarchy/people-file.ts';
import { collectUploadedTable } from '../../src/hierarchy/uploaded-table.ts';
import { deflatedPart, workbookOf, xlsxBomb, zipOf } from './generated-files.ts';

const DANISH = ['person_id;name;email;manager_id;faggruppe;unit_name', '1;Søren Ærø;s@egeskov.dk;;pædagog;Åbo', '2;Bente Ørsted;b@egeskov.dk;1;lærer;Åbo'];
const utf8 = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le);
}

/** The refusal a file gets: its one coded issue. */
async function refusal(bytes: Uint8Array): Promise<InputIssue> {
  const error = await readPeopleFile(bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpejlError);
  expect((error as SpejlError).kind).toBe('BAD_INPUT');
  return (error as SpejlError).issues[0]!;
}

describe('files as real HR systems and Excel write them', () => {
  it.each(['le', 'be'] as const)('reads UTF-16 %s with its BOM (Excel\'s "Unicode text", tab separated) correctly', async (order) => {
    const file = await readPeopleFile(utf16(DANISH.map((l) => l.replace(/;/g, '\t')).join('\r\n'), order));
    expect(file.errors).toEqual([]);
    expect(file.people.map((p) => [p.name, p.unitName])).toEqual([['Søren Ærø', 'Åbo'], ['Bente Ørsted', 'Åbo']]);
  });

  it('says a UTF-16 file without its BOM is UTF-16 and how to save it', async () => {
    const bytes = Buffer.from(DANISH.join('\r\n'), 'utf16le');
    expect(await refusal(new Uint8Array(bytes))).toMatchObject({ code: 'file.utf16WithoutBom', message: expect.stringContaining('save it as "CSV UTF-8"') });
  });

  it('reads Windows-1252 from Danish Excel (æøå as single bytes) correctly and says how it read it', async () => {
    const bytes = new Uint8Array(Buffer.from(`${DANISH.join('\r\n')}\r\n`, 'latin1'));
    expect(bytes.includes(0xe6) && bytes.includes(0xf8)).toBe(true);
    const file = await readPeopleFile(bytes);
    expect(file.errors).toEqual([]);
    expect(file.people[0]?.name).toBe('Søren Ærø');
    expect(file.warnings.map((w) => w.code)).toContain('file.windows1252');
  });

  it('names the lines of a file that mixes UTF-8 with another encoding', async () => {
    const bytes = Buffer.concat([Buffer.from(`${DANISH.slice(0, 2).join('\n')}\n`, 'utf8'), Buffer.from('3;Åse Friis;a@egeskov.dk;1;lærer;Åbo\n', 'latin1'), Buffer.from('4;Jørn Bæk;j@egeskov.dk;1;;\n', 'utf8')]);
    const file = await readPeopleFile(new Uint8Array(bytes));
    expect(file.errors.filter((e) => e.code === 'file.mixedEncoding').map((e) => e.line)).toEqual([3]);
    expect(file.people.map((p) => p.name)).toContain('Jørn Bæk');
  });

  it('names a duplicate header and both its columns', async () => {
    const file = await readPeopleFile(utf8(['person_id;name;email;manager_id;email', '1;Anna;a@x.dk;;b@x.dk']));
    expect(file.errors).toContainEqual(expect.objectContaining({ line: 1, column: 'email', code: 'file.duplicateHeader', params: { header: 'email', first: 'C (3)', second: 'E (5)' } }));
  });

  it.each([
    ['0 bytes', new Uint8Array(0), 'file.empty'],
    ['only a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf]), 'file.onlyBom'],
    ['only a UTF-16 BOM', new Uint8Array([0xff, 0xfe]), 'file.onlyBom'],
    ['only blank lines', utf8(['', ' ', ';;;']), 'file.blank'],
    ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'file.notText'],
  ])('refuses a file of %s with a message of its own', async (_, bytes, code) => {
    expect((await refusal(bytes)).code).toBe(code);
  });

  it('reads a CSV file whose first header starts "PK" as CSV, not as a workbook', async () => {
    const file = await readPeopleFile(utf8(['PK;person_id;name;email;manager_id', 'x;1;Anna;a@x.dk;']));
    expect(file).toMatchObject({ format: 'csv', errors: [] });
  });

  it('says a file with only a header has no people', async () => {
    const file = await readPeopleFile(utf8([DANISH[0]!]));
    expect(file.errors).toEqual([expect.objectContaining({ line: 2, code: 'file.noPeople' })]);
  });

  it('says when the separator is | or a whole line is quoted, and reads tab-separated files', async () => {
    const piped = await readPeopleFile(utf8(DANISH.map((l) => l.replace(/;/g, '|'))));
    expect(piped.errors).toContainEqual(expect.objectContaining({ line: 1, code: 'file.otherSeparator', params: { separator: '|' } }));
    const quoted = await readPeopleFile(utf8(DANISH.map((l) => `"${l.replace(/;/g, ',')}"`)));
    expect(quoted.errors).toContainEqual(expect.objectContaining({ line: 1, code: 'file.oneColumn' }));
    const tabbed = await readPeopleFile(utf8(DANISH.map((l) => l.replace(/;/g, '\t'))));
    expect(tabbed.errors).toEqual([]);
    expect(tabbed.people).toHaveLength(2);
  });
});

describe('limits of an upload, checked before and while reading', () => {
  it('refuses a file over the size limit before reading it, naming both sizes', async () => {
    const issue = await refusal(new Uint8Array(UPLOAD_LIMITS.fileBytes + 1));
    expect(issue).toMatchObject({ code: 'file.tooLarge', params: { limit: '20 MB' } });
  });

  it('holds a workbook to a lower size limit than a CSV file, since its values are kept while it is read', async () => {
    const workbook = new Uint8Array(UPLOAD_LIMITS.xlsxFileBytes + 1);
    workbook.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refusal(workbook)).toMatchObject({ code: 'file.tooLarge', params: { limit: '6 MB' } });
  });

  it('refuses too many columns, a too long cell (with line and column) and too many rows', async () => {
    const wide = Array.from({ length: UPLOAD_LIMITS.columns + 1 }, (_, i) => `c${i}`).join(';');
    expect(await refusal(utf8([wide, wide]))).toMatchObject({ code: 'file.tooManyColumns', line: 1 });
    const long = await refusal(utf8([DANISH[0]!, `1;${'x'.repeat(UPLOAD_LIMITS.cellLength + 1)};a@x.dk;;;`]));
    expect(long).toMatchObject({ code: 'file.cellTooLong', line: 2, column: 'name', params: { length: UPLOAD_LIMITS.cellLength + 1 } });
    const tall = new TextEncoder().encode(`a;b\n${'1;2\n'.repeat(UPLOAD_LIMITS.rows + 1)}`);
    expect(await refusal(tall)).toMatchObject({ code: 'file.tooManyRows' });
  });

  it('refuses a workbook whose directory declares gigabytes, before inflating anything', async () => {
    const started = performance.now();
    expect((await refusal(xlsxBomb())).code).toMatch(/^file\.zip(Inflated|Ratio)$/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a workbook whose directory lies about a bomb, once it inflates past the declared size', async () => {
    expect(await refusal(xlsxBomb({ honest: false }))).toMatchObject({ code: 'file.zipSizeLies', params: { part: 'xl/worksheets/sheet1.xml' } });
  });

  it('refuses a workbook of too many parts, a cell too long and a row too wide, as the sheet streams', async () => {
    const many = zipOf(Array.from({ length: UPLOAD_LIMITS.zipEntries + 1 }, (_, i) => deflatedPart(`docProps/p${i}.xml`, '<x/>')));
    expect((await refusal(many)).code).toBe('file.zipEntries');
    expect((await refusal(workbookOf([['person_id', 'name'], ['1', 'x'.repeat(UPLOAD_LIMITS.cellLength * 6 + 1)]]))).code).toBe('file.valueTooLong');
    expect((await refusal(workbookOf([Array.from({ length: UPLOAD_LIMITS.columns + 1 }, (_, i) => `c${i}`)]))).code).toBe('file.rowTooWide');
    const truncated = workbookOf([['person_id', 'name'], ['1', 'Anna']]).subarray(0, 300);
    expect((await refusal(truncated)).code).toBe('file.damagedXlsx');
  });

  it('reads a responses file from a workbook as from CSV', async () => {
    const table = await collectUploadedTable(workbookOf([['subject_id', 'rater_role', 'borgerorientering.kultur'], ['1004', 'employee', '4']]));
    expect(table).toMatchObject({ format: 'xlsx', headers: ['subject_id', 'rater_role', 'borgerorientering.kultur'], rows: [{ line: 2, cells: ['1004', 'employee', '4'] }] });
  });
});
