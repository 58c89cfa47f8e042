/**
 * The id of an open question wherever it leaves its theme (stored comments, the `comment.<id>`
 * columns of response files, exports): `<theme>.<question>`, e.g. `borgerorientering.godt`. A round's
 * local open questions belong to the local theme, whose id (`lokale`) no plugin may take, so theirs
 * read `lokale.<question>` and can never collide with a plugin's.
 */
export function questionKey(themeId: string, questionId: string): string {
  return `${themeId}.${questionId}`;
}

/** The open questions of some themes, in the order a form asks them, by their file ids. */
export function openQuestionKeys(themes: readonly { readonly id: string; readonly questions?: readonly { readonly id: string }[] | undefined }[]): string[] {
  return themes.flatMap((t) => (t.questions ?? []).map((q) => questionKey(t.id, q.id)));
}
