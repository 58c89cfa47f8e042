import { parseTheme } from './define-theme.ts';
import type { AnyTheme } from './types.ts';

/** What a round stores per theme: id and version to show, and the whole content so later edits never change it. */
export interface PinnedTheme {
  readonly id: string;
  readonly version: string;
  readonly content: AnyTheme;
}

/** Pins a theme for a round: a plain-JSON copy of its content at this version. */
export function pinTheme(theme: AnyTheme): PinnedTheme {
  return { id: theme.id, version: theme.version, content: JSON.parse(JSON.stringify(theme)) as AnyTheme };
}

/** Reads a pinned theme back from storage, validated like any theme. */
export function readPinnedTheme(stored: unknown): AnyTheme {
  const content = stored && typeof stored === 'object' && 'content' in stored ? stored.content : stored;
  return parseTheme(content);
}
