import type { InputIssue } from '../errors/spejl-error.ts';
import { fileIssue, refuseFile } from './file-issues.ts';

/** A text file's content and how it was read. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Lines that could not be read (a file mixing encodings); the text has U+FFFD there. */
  errors: InputIssue[];
  warnings: InputIssue[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');
const MAX_LINES_NAMED = 20;

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 text of Latin letters has a zero in every other byte (the same half each time); nothing else a person uploads does. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  const zeros = [0, 0];
  for (let i = 0; i < pairs * 2; i++) if (bytes[i] === 0) zeros[i & 1]!++;
  const [more, fewer] = zeros[0]! > zeros[1]! ? [zeros[0]!, zeros[1]!] : [zeros[1]!, zeros[0]!];
  return pairs >= 2 && more >= pairs * 0.3 && fewer <= pairs * 0.02;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, errors: [], warnings: [] };
  } catch {
    return refuseFile('damagedText');
  }
}

/** Each line's fate when the whole file is not UTF-8: plain ASCII, good UTF-8, or neither. */
function classifyLines(bytes: Uint8Array): { utf8Lines: number; badLines: number[] } {
  let utf8Lines = 0;
  const badLines: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const slice = bytes.subarray(start, i);
    if (slice.some((b) => b >= 0x80)) {
      try {
        utf8.decode(slice);
        utf8Lines++;
      } catch {
        badLines.push(line);
      }
    }
    start = i + 1;
    line++;
  }
  return { utf8Lines, badLines };
}

/**
 * Reads an uploaded text file the way its author meant it: UTF-8 (with or without BOM),
 * UTF-16 when its BOM says so, Windows-1252 when no line is UTF-8 (older Danish Excel's
 * "CSV (semikolonsepareret)"). A file mixing UTF-8 and another encoding gets an error on each
 * line that is not UTF-8; UTF-16 without a BOM and binary files are refused with what to do.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasPrefix(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le');
  if (hasPrefix(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be');
  if (looksLikeUtf16(bytes)) refuseFile('utf16WithoutBom');
  if (bytes.includes(0)) refuseFile('notText');
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', errors: [], warnings: [] };
  } catch {
    // Not UTF-8 as a whole: decided line by line below.
  }
  const { utf8Lines, badLines } = classifyLines(bytes);
  if (utf8Lines > 0) {
    const errors = badLines.slice(0, MAX_LINES_NAMED).map((line) => fileIssue('mixedEncoding', {}, { line }));
    return { text: lenientUtf8.decode(bytes), encoding: 'utf-8', errors, warnings: [] };
  }
  return { text: windows1252.decode(bytes), encoding: 'windows-1252', errors: [], warnings: [fileIssue('windows1252')] };
}
