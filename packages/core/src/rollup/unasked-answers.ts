import type { PinnedTheme } from '@spejl/db';
import type { FormBatch } from '../scoring/form-batch.ts';
import { ROLLUP_ROLES } from '../scoring/rater-roles.ts';
import type { RoundLayout } from '../scoring/round-layout.ts';

/**
 * Blanks every answer a form holds to a theme that does not ask its role (an employee's answer to
 * samarbejde, which asks peers): the survey never shows such a statement, so an answer to it came
 * from a hand-made request and is not a rater's view. Returns how many answers were blanked.
 */
export function blankUnaskedAnswers(forms: FormBatch, layout: RoundLayout, themes: readonly PinnedTheme[]): number {
  const rolesOf = new Map(themes.map((t) => [t.id, Array.isArray(t.roles) ? new Set<unknown>(t.roles) : null]));
  // theme position → per rollup role, whether the theme asks it (a theme pinned without roles asks everyone)
  const asks = layout.themes.map((t) => ROLLUP_ROLES.map((role) => rolesOf.get(t.id)?.has(role) ?? true));
  if (asks.every((row) => row.every(Boolean))) return 0;
  let blanked = 0;
  for (let f = 0; f < forms.count; f++) {
    const role = forms.role[f]!;
    for (let t = 0; t < layout.themeCount; t++) {
      if (asks[t]![role]) continue;
      for (let i = layout.themeStart[t]!; i < layout.themeStart[t + 1]!; i++) {
        const at = f * layout.itemCount + i;
        if (forms.answers[at]) blanked++;
        forms.answers[at] = 0;
      }
    }
  }
  return blanked;
}
