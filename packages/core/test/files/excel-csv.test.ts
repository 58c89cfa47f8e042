import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelCsv, excelNumber } from '../../src/files/excel-csv.ts';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').replace(/\r\n$/, ''), { delimiter: ';', newline: '\r\n' }).data;

describe('CSV for Danish Excel', () => {
  it('starts with a BOM, separates with ; ends every line with CRLF, and quotes every text (figures bare)', () => {
    const csv = excelCsv(['Leder', 'Svarprocent'], [['Åse Øberg', 42], ['Bo', null]]);
    expect(csv).toBe('\uFEFF"Leder";"Svarprocent"\r\n"Åse Øberg";42\r\n"Bo";\r\n');
  });

  it('writes figures with a decimal comma and no thousands separator, fixed decimals when asked', () => {
    expect(excelNumber(3.75)).toBe('3,75');
    expect(excelNumber(12345.5)).toBe('12345,5');
    expect(excelNumber(3.9, 4)).toBe('3,9000');
    expect(excelCsv(['a', 'b', 'c'], [[{ value: 41.666, decimals: 1 }, -0.25, 0]])).toBe('\uFEFF"a";"b";"c"\r\n41,7;-0,25;0\r\n');
  });

  it('guards text that starts like a formula, and leaves figures alone', () => {
    const cells = ['=HYPERLINK("http://x.example","Klik")', '+45 1234', '-', '@SUM(A1)', '\tx', '\rx', 'a=b'];
    const rows = parse(excelCsv(cells, [cells]));
    const guarded = ["'=HYPERLINK(\"http://x.example\",\"Klik\")", "'+45 1234", "'-", "'@SUM(A1)", "'\tx", "'\rx", 'a=b'];
    expect(rows).toEqual([guarded, guarded]);
    expect(excelCsv(['x'], [[-3]])).toContain('\r\n-3\r\n');
  });

  it('quotes text holding ; quotes or line breaks, so the file parses back to the same cells', () => {
    const text = ['Sørensen; Lise', 'Han sagde "hej"', 'to\nlinjer', '1,5'];
    expect(parse(excelCsv(['a', 'b', 'c', 'd'], [text]))[1]).toEqual(text);
  });
});
