import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalSafe } from '../src/terminal-text.ts';
import { runSpejl } from './harness/run-spejl.ts';

/** A round name a hostile tenant admin could type: set the window title, write the clipboard, rewrite the line above. */
const HOSTILE = 'Runde\u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b]0;PWNED\u0007\u001b[1A\u001b[2K\u009b32mAll rounds OK';

const hasControl = (text: string) => ['\u001b', '\u0007', '\u009b'].some((c) => text.includes(c));

describe('what the CLI prints from tenant data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-terminal-'));
  const env = { SPEJL_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SPEJL_LINK_SECRET: 'cli-test-link-secret-0123456789-abcdefghijk', SMTP_URL: '' };
  const spejl = (...args: string[]) => runSpejl(args, env);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows control characters as visible escapes and keeps tabs, newlines and Danish letters', () => {
    expect(terminalSafe('Ærø\tØst\n')).toBe('Ærø\tØst\n');
    expect(terminalSafe('a\u001b[2Kb\u0007c\u009bd\u007f')).toBe('a\\u{1b}[2Kb\\u{7}c\\u{9b}d\\u{7f}');
  });

  it('lists a round whose name carries terminal escapes without letting the terminal obey them', async () => {
    expect((await spejl('tenant', 'create', '--slug', 'vest', '--name', 'Vest Kommune')).code).toBe(0);
    const created = await spejl('round', 'create', '--tenant', 'vest', '--name', HOSTILE, '--themes', 'borgerorientering');
    expect(created.code).toBe(0);
    const listed = await spejl('round', 'list', '--tenant', 'vest');
    expect(listed.stdout).toContain('Runde\\u{1b}]52;c;');
    expect(hasControl(listed.stdout)).toBe(false);
    const unknown = await spejl('round', 'close', '--tenant', 'vest', '--round', 'no such round');
    expect(hasControl(unknown.stderr)).toBe(false);
  }, 240_000);
});
