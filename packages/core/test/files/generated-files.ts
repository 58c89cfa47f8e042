import { crc32, constants, deflateRawSync } from 'node:zlib';

/** A people file of `rows` people under one top, eight to a leader: the shape of a large municipality's export. */
export function peopleFileOf(rows: number): string {
  const lines = ['person_id;name;email;manager_id;faggruppe;unit_name'];
  for (let i = 1; i <= rows; i++) {
    const manager = i === 1 ? '' : `P${Math.ceil((i - 1) / 8)}`;
    lines.push(`P${i};Medarbejder Nummer ${i} Sørensen;m${i}@egeskov.example;${manager};pædagog;Enhed ${Math.ceil(i / 8)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One entry of a hand-made zip: its name, its bytes as stored (deflated or not) and what its headers claim. */
export interface ZipPart {
  name: string;
  data: Uint8Array;
  deflated: boolean;
  /** The uncompressed size the headers declare; a bomb may lie. */
  declaredSize: number;
  crc?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/**
 * Writes a zip whose headers say whatever the parts say. A zip library would recompute the
 * sizes, and compressing gigabytes in a test takes too long, so this writes the bytes itself.
 */
export function zipOf(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const fields = [u16(20), u16(0x800), u16(part.deflated ? 8 : 0), u16(0), u16(0x21), u32(part.crc ?? crc32(part.data)), u32(part.data.length), u32(part.declaredSize), u16(name.length)];
    const local = Buffer.concat([u32(0x04034b50), ...fields, u16(0), name, part.data]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...fields, u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(parts.length), u16(parts.length), u32(directory.length), u32(offset), u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** An entry stored deflated with honest headers. */
export function deflatedPart(name: string, text: string): ZipPart {
  const data = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(data), deflated: true, declaredSize: data.length, crc: crc32(data) };
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const SHARED = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';

/** The parts every workbook here has, before its sheet: the sheet is streamed, as Excel's own files are. */
function workbookParts(): ZipPart[] {
  return [deflatedPart('[Content_Types].xml', CONTENT_TYPES), deflatedPart('_rels/.rels', RELS), deflatedPart('xl/workbook.xml', WORKBOOK), deflatedPart('xl/_rels/workbook.xml.rels', WORKBOOK_RELS), deflatedPart('xl/sharedStrings.xml', SHARED)];
}

/** A real workbook with one sheet of the given rows (inline strings), for tests of what a good file gives. */
export function workbookOf(rows: readonly (readonly string[])[]): Uint8Array {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const column = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + column(i % 26));
  const body = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => `<c r="${column(i)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escape(c)}</t></is></c>`).join('')}</row>`).join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
  return zipOf([...workbookParts(), deflatedPart('xl/worksheets/sheet1.xml', sheet)]);
}

/**
 * The attack: a sheet of one identical row repeated until it inflates to `gigabytes`, compressed
 * block by block (each block full-flushed, so one compressed block repeated is a valid stream).
 * With `honest` false the headers claim a small sheet, as a bomb meant to get past a size check does.
 */
export function xlsxBomb(options: { gigabytes?: number; honest?: boolean } = {}): Uint8Array {
  const { gigabytes = 1.5, honest = true } = options;
  const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>Medarbejder</t></is></c><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>';
  const chunk = Buffer.from(row.repeat(Math.floor((1 << 20) / row.length)), 'utf8');
  const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const copies = Math.floor((gigabytes * 2 ** 30) / chunk.length);
  const head = deflateRawSync(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'), { finishFlush: constants.Z_FULL_FLUSH });
  const tail = deflateRawSync(Buffer.from('</sheetData></worksheet>'));
  const data = Buffer.concat([head, ...Array.from({ length: copies }, () => block), tail]);
  const inflated = copies * chunk.length + 150;
  const sheet: ZipPart = { name: 'xl/worksheets/sheet1.xml', data, deflated: true, declaredSize: honest ? Math.min(inflated, 0xffffffff) : 100_000, crc: 0 };
  return zipOf([...workbookParts(), sheet]);
}
