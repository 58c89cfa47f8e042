import { codedError } from '../errors/spejl-error.ts';

/*
 * Files of an initiative's material are untrusted (DESIGN.md, Security): an admin's upload is
 * served to every leader the initiative is aimed at, from the console's own origin. So the type is
 * decided here from the file's bytes — the name's extension must agree — and only types a browser
 * does not run as a page are taken: no HTML, no SVG, nothing unknown. The stored content type is
 * ours, never the uploader's, and downloads go out as attachments (initiative-file-download.ts).
 */

/** The largest file an initiative takes. */
export const MATERIAL_FILE_LIMIT_BYTES = 10 * 1024 * 1024;

/** How many files one initiative holds. */
export const MATERIAL_FILES_MAX = 10;

interface FileKind {
  extensions: readonly string[];
  contentType: string;
  matches: (bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const holds = (bytes: Uint8Array, text: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** An Office Open XML file: a ZIP whose (uncompressed) entry names hold the package's parts. */
const office = (folder: string) => (bytes: Uint8Array) => startsWith(bytes, ZIP) && holds(bytes, '[Content_Types].xml') && holds(bytes, folder);

/** Text that is UTF-8, holds no NUL and does not open like markup a browser could render. */
function plainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/<\s*(!doctype|html|script|svg|\?xml|body|iframe)/i.test(text);
}

const KINDS: readonly FileKind[] = [
  { extensions: ['pdf'], contentType: 'application/pdf', matches: (b) => startsWith(b, ascii('%PDF-')) },
  { extensions: ['png'], contentType: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { extensions: ['docx'], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: office('word/') },
  { extensions: ['pptx'], contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', matches: office('ppt/') },
  { extensions: ['xlsx'], contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: office('xl/') },
  { extensions: ['txt'], contentType: 'text/plain; charset=utf-8', matches: plainText },
];

/** A file name as stored and offered for download: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200) || 'fil';
}

/** The content type a material file is stored and served with, or a coded refusal (empty, too large, a type not taken). */
export function materialFileType(fileName: string, bytes: Uint8Array): string {
  const name = cleanFileName(fileName);
  if (bytes.byteLength === 0) throw codedError('BAD_INPUT', 'initiatives.fileEmpty', { fileName: name });
  if (bytes.byteLength > MATERIAL_FILE_LIMIT_BYTES) throw codedError('BAD_INPUT', 'initiatives.fileTooLarge', { fileName: name, limit: MATERIAL_FILE_LIMIT_BYTES / 1024 / 1024 });
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  const kind = KINDS.find((k) => k.extensions.includes(extension));
  if (!kind || !kind.matches(bytes)) throw codedError('BAD_INPUT', 'initiatives.fileTypeRefused', { fileName: name });
  return kind.contentType;
}
