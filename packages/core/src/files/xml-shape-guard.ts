import { refuseFile } from './file-issues.ts';
import { UPLOAD_LIMITS } from './upload-limits.ts';

const LT = 0x3c;
const COLON = 0x3a;
/** A value of `cellLength` characters is at most this many bytes of XML (UTF-8, `&amp;` escapes). */
const MAX_RUN = UPLOAD_LIMITS.cellLength * 6;
/** Tag names as read below: their length and their first bytes packed into a number. */
const CELL = { length: 1, code: 0x63 };
const ROW = { length: 3, code: (0x72 << 16) | (0x6f << 8) | 0x77 };

function endsName(b: number): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Watches a sheet's XML as it streams past, before a parser builds anything from it: no text or
 * attribute longer than a cell may be, no row with more cells than a file may have columns. A
 * parser holds one row and one value whole, so these two bound what any row can cost.
 */
export class XmlShapeGuard {
  private run = 0;
  private cells = 0;
  private inName = false;
  private nameLength = 0;
  private nameCode = 0;

  /** Scans the next chunk; refuses the file as soon as a limit is passed. */
  scan(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.inName) {
        if (!endsName(b) && b !== LT) {
          this.readName(b);
          continue;
        }
        this.endTag();
      }
      if (b === LT) {
        this.run = 0;
        this.inName = true;
        this.nameLength = this.nameCode = 0;
      } else if (++this.run > MAX_RUN) {
        refuseFile('valueTooLong', { limit: UPLOAD_LIMITS.cellLength });
      }
    }
  }

  /** Keeps the local name (after any `x:` prefix); only its length and first three bytes matter. */
  private readName(b: number): void {
    if (b === COLON) {
      this.nameLength = this.nameCode = 0;
      return;
    }
    if (this.nameLength < 3) this.nameCode = (this.nameCode << 8) | b;
    this.nameLength++;
  }

  private endTag(): void {
    this.inName = false;
    if (this.nameLength === ROW.length && this.nameCode === ROW.code) this.cells = 0;
    else if (this.nameLength === CELL.length && this.nameCode === CELL.code && ++this.cells > UPLOAD_LIMITS.columns) {
      refuseFile('rowTooWide', { limit: UPLOAD_LIMITS.columns });
    }
  }
}
