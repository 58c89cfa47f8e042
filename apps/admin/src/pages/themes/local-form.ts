import { LOCAL_QUESTION_ROLES, type LocalQuestionRole } from '@spejl/plugin-sdk/render';

/** Texts in both languages as the editor holds them ('' = not written). */
export interface Pair {
  da: string;
  en: string;
}

/** One local question as the editor holds it. */
export interface LocalItemForm {
  id: string;
  /** True once the person typed an id themselves; until then it follows the short name. */
  idEdited: boolean;
  label: Pair;
  text: Record<LocalQuestionRole, Pair>;
}

/** The local questions editor's unsaved state. */
export interface LocalForm {
  intro: Record<LocalQuestionRole, Pair>;
  items: LocalItemForm[];
}

const pair = (p?: Partial<Pair>): Pair => ({ da: p?.da ?? '', en: p?.en ?? '' });
const byRole = (texts?: Partial<Record<LocalQuestionRole, Partial<Pair>>> | null) =>
  Object.fromEntries(LOCAL_QUESTION_ROLES.map((r) => [r, pair(texts?.[r])])) as Record<LocalQuestionRole, Pair>;

/** "Faglig sparring på tværs" → "faglig-sparring-paa-tvaers": an id that can stand in a response file. */
export function idFrom(label: string): string {
  return label
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A new, empty question. */
export function emptyItem(): LocalItemForm {
  return { id: '', idEdited: false, label: pair(), text: byRole() };
}

/** The editor's state from what is stored. */
export function formFromStored(stored: { intro: Partial<Record<LocalQuestionRole, Partial<Pair>>> | null; items: { id: string; label: Partial<Pair>; text: Partial<Record<LocalQuestionRole, Partial<Pair>>> }[] }): LocalForm {
  return { intro: byRole(stored.intro), items: stored.items.map((i) => ({ id: i.id, idEdited: true, label: pair(i.label), text: byRole(i.text) })) };
}

/** The form as the server's input (empty strings are dropped there). */
export function localInput(form: LocalForm) {
  return {
    intro: form.intro,
    items: form.items.map((i) => ({ id: i.id.trim(), label: i.label, text: i.text })),
  };
}

/** Problems the editor can see before saving, keyed by the server's paths, as i18n keys. */
export function validateLocal(form: LocalForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  form.items.forEach((item, i) => {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(item.id.trim())) errors[`items.${i}.id`] = 'themes.local.invalid.id';
    else if (seen.has(item.id.trim())) errors[`items.${i}.id`] = 'themes.local.invalid.duplicate';
    seen.add(item.id.trim());
    if (!item.label.da.trim()) errors[`items.${i}.label.da`] = 'themes.local.invalid.required';
    for (const role of LOCAL_QUESTION_ROLES) if (!item.text[role].da.trim()) errors[`items.${i}.text.${role}.da`] = 'themes.local.invalid.required';
  });
  return errors;
}
