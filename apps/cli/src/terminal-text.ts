/*
 * Names and messages the CLI prints come from tenants' data (round names, people, units). A
 * terminal obeys escape sequences in what it prints: an ESC in a round name could rewrite the
 * operator's screen, set the window title or write the clipboard (OSC 52). Human-readable output
 * therefore shows control characters as visible escapes; data the CLI writes (exports) is left
 * byte for byte.
 */

// C0 controls except tab and newline, DEL, and C1 controls (U+0080–U+009F, which terminals also obey).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text with every control character but tab and newline shown as a `\u{…}` escape. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Writes human-readable text to the terminal, escaping control characters from data. */
export function say(text: string, stream: NodeJS.WriteStream = process.stdout): void {
  stream.write(terminalSafe(text));
}
