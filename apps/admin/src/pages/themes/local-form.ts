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

/** The local questions editor's unsaved state: statements (`items`) and open questions (`questions`), alike in shape. */
export interface LocalForm {
  intro: Record<LocalQuestionRole, Pair>;
  items: LocalItemForm[];
  questions: LocalItemForm[];
}

/** The two lists the editor holds, by the name the server gives them. */
export const LOCAL_KINDS = ['items', 'questions'] as const;
export type LocalKind = (typeof LOCAL_KINDS)[number];

type StoredEntry = { id: string; label: Partial<Pair>; text: Partial<Record<LocalQuestionRole, Partial<Pair>>> };

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
export function formFromStored(stored: { intro: Partial<Record<LocalQuestionRole, Partial<Pair>>> | null; items: StoredEntry[]; questions?: StoredEntry[] }): LocalForm {
  const entry = (i: StoredEntry): LocalItemForm => ({ id: i.id, idEdited: true, label: pair(i.label), text: byRole(i.text) });
  return { intro: byRole(stored.intro), items: stored.items.map(entry), questions: (stored.questions ?? []).map(entry) };
}

/** The form as the server's input (empty strings are dropped there). */
export function localInput(form: LocalForm) {
  const entries = (list: LocalItemForm[]) => list.map((i) => ({ id: i.id.trim(), label: i.label, text: i.text }));
  // Always both lists: a save without `questions` would store none, losing the open questions.
  return { intro: form.intro, items: entries(form.items), questions: entries(form.questions) };
}

/** Problems the editor can see before saving, keyed by the server's paths, as i18n keys. */
export function validateLocal(form: LocalForm): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const kind of LOCAL_KINDS) {
    const seen = new Set<string>();
    form[kind].forEach((item, i) => {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(item.id.trim())) errors[`${kind}.${i}.id`] = 'themes.local.invalid.id';
      else if (seen.has(item.id.trim())) errors[`${kind}.${i}.id`] = 'themes.local.invalid.duplicate';
      seen.add(item.id.trim());
      if (!item.label.da.trim()) errors[`${kind}.${i}.label.da`] = 'themes.local.invalid.required';
      for (const role of LOCAL_QUESTION_ROLES) if (!item.text[role].da.trim()) errors[`${kind}.${i}.text.${role}.da`] = 'themes.local.invalid.required';
    });
  }
  // A rule of the open questions as a whole, not of one field: said at the section (the server's issue path too).
  if (form.questions.length && !form.items.length) errors.questions = 'themes.local.invalid.questionsNeedStatement';
  return errors;
}
