/** The placeholder a theme writes where the area-specific example (*områdespecifikt eksempel*) goes. */
export const EXAMPLE_PLACEHOLDER = 'omraadeeksempel';
/** Every placeholder name a text may use; anything else in `{{…}}` is an error at definition time. */
export const KNOWN_PLACEHOLDERS: readonly string[] = [EXAMPLE_PLACEHOLDER];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const STRAY_BRACES = /\{\{|\}\}/;

/** The placeholder names used in a text, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Why a text's placeholders cannot be filled in, or null when every one is known and well-formed. */
export function placeholderProblem(text: string): string | null {
  const unknown = placeholdersIn(text).filter((name) => !KNOWN_PLACEHOLDERS.includes(name));
  if (unknown.length) {
    return `unknown placeholder ${unknown.map((n) => `{{${n}}}`).join(', ')}; the only placeholder is {{${EXAMPLE_PLACEHOLDER}}}`;
  }
  if (STRAY_BRACES.test(text.replace(PLACEHOLDER, ''))) return 'unmatched "{{" or "}}"; write a placeholder as {{' + EXAMPLE_PLACEHOLDER + '}}';
  return null;
}

/** Replaces every `{{omraadeeksempel}}` with `example`. */
export function fillPlaceholders(text: string, example: string): string {
  return text.replace(PLACEHOLDER, () => example);
}
