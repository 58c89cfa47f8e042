import { describe, expect, it } from 'vitest';
import { addMonths, cleanFileName, isWebAddress, materialFileType, SpejlError } from '../../src/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (fileName: string, content: Uint8Array) => {
  try {
    materialFileType(fileName, content);
  } catch (error) {
    if (error instanceof SpejlError) return error.coded?.code;
    throw error;
  }
  return null;
};

describe('material files', () => {
  it('takes a file only when its bytes are what its name says', () => {
    expect(materialFileType('oplæg.pdf', bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(materialFileType('noter.TXT', bytes('Tre spørgsmål til mødet.\n'))).toBe('text/plain; charset=utf-8');
    expect(materialFileType('billede.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(refusal('oplæg.pdf', bytes('<!DOCTYPE html><script>alert(1)</script>'))).toBe('initiatives.fileTypeRefused');
    expect(refusal('tegning.svg', bytes('<svg onload="alert(1)"/>'))).toBe('initiatives.fileTypeRefused');
    expect(refusal('side.htm', bytes('<p>hej</p>'))).toBe('initiatives.fileTypeRefused');
    expect(refusal('noter.txt', bytes('\n <HTML><body onload=x>'))).toBe('initiatives.fileTypeRefused');
    expect(refusal('noter.txt', new Uint8Array([0xff, 0xfe, 0x00]))).toBe('initiatives.fileTypeRefused');
    // A ZIP is not a Word document unless it holds one.
    expect(refusal('referat.docx', bytes('PK\u0003\u0004[Content_Types].xmlxl/workbook.xml'))).toBe('initiatives.fileTypeRefused');
    expect(materialFileType('referat.docx', bytes('PK\u0003\u0004[Content_Types].xmlword/document.xml'))).toMatch(/wordprocessingml/);
    expect(refusal('uden-endelse', bytes('%PDF-1.7'))).toBe('initiatives.fileTypeRefused');
    expect(refusal('tom.pdf', new Uint8Array())).toBe('initiatives.fileEmpty');
  });

  it('keeps a file name without folders or control characters', () => {
    expect(cleanFileName('..\\..\\C:/x/Diskussion\u0000"s.pdf')).toBe('Diskussions.pdf');
    expect(cleanFileName('///')).toBe('fil');
  });
});

describe('links and follow-up days', () => {
  it('takes only absolute http and https addresses without credentials', () => {
    expect(['https://video.example.org/a', 'http://intra.kommune.dk/x?y=1'].map(isWebAddress)).toEqual([true, true]);
    expect(['javascript:alert(1)', 'data:text/html,x', 'ftp://x.dk', '/relative', 'https://user:pw@x.dk', 'vbscript:x'].map(isWebAddress)).toEqual([false, false, false, false, false, false]);
  });

  it('adds calendar months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-12-07', 2)).toBe('2027-02-07');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
