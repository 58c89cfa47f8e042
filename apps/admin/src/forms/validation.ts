import { nextTick } from 'vue';

/** Loose on purpose: the server decides; this only catches typos before a round trip. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a string looks like an e-mail address. */
export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** Moves focus to the first control marked invalid (once the errors are rendered), so keyboard users land on what to fix. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  void nextTick(() => root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** A redirect target from the query string, only if it stays inside the console. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
