const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A growable UTF-8 buffer for exports with hundreds of thousands of lines: pieces are
 * copied in as bytes, so no per-line string survives to burden the garbage collector.
 * Repeating pieces (ids, keys) are formatted and encoded once each.
 */
export class TextBuffer {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  private readonly texts = new Map<string, Uint8Array>();
  private readonly markup = new Map<string, Uint8Array>();

  /** `formatText` turns a value into its form in the file (CSV quoting, JSON escaping). */
  constructor(private readonly formatText: (text: string) => string) {}

  /** Appends a text value (an id, a role) formatted for the file. */
  appendText(text: string): void {
    let bytes = this.texts.get(text);
    if (bytes === undefined) this.texts.set(text, (bytes = encoder.encode(this.formatText(text))));
    this.copy(bytes);
  }

  /** Appends fixed markup (a JSON key, `true`) exactly as given. */
  appendMarkup(text: string): void {
    let bytes = this.markup.get(text);
    if (bytes === undefined) this.markup.set(text, (bytes = encoder.encode(text)));
    this.copy(bytes);
  }

  /** Appends ASCII text (a formatted number). */
  appendAscii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  /** Appends a non-negative integer's digits. */
  appendCount(value: number): void {
    if (value < 10) {
      this.reserve(1);
      this.bytes[this.length++] = 48 + value;
    } else this.appendAscii(String(value));
  }

  /** Appends one ASCII character by its code. */
  appendChar(code: number): void {
    this.reserve(1);
    this.bytes[this.length++] = code;
  }

  /** The text written so far. */
  toString(): string {
    return decoder.decode(this.bytes.subarray(0, this.length));
  }

  private copy(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    // Pieces are short: a plain loop beats TypedArray.set's call overhead here.
    for (let i = 0; i < bytes.length; i++) this.bytes[this.length++] = bytes[i]!;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
