import { z } from 'zod';
import { buildLocalTheme, MAX_OPEN_QUESTIONS, type AnyTheme } from '@spejl/plugin-sdk';
import type { StoredLocalItem, StoredTexts, TenantTx } from '@spejl/db';
import { SpejlError } from '../errors/spejl-error.ts';
import { asBadInput, zodToSpejlError } from './definition-errors.ts';

const texts = z.partialRecord(z.enum(['da', 'en']), z.string().max(1000));
const byRole = z.partialRecord(z.enum(['employee', 'self', 'superior']), texts);

/** What the console sends: the whole set of local questions and the revision it was editing. */
export const LocalQuestionsSave = z.strictObject({
  /** The revision the editor loaded (null when there were none); a stale one is refused. */
  expectedRevision: z.number().int().min(1).nullable(),
  intro: byRole.nullable(),
  items: z.array(z.strictObject({ id: z.string(), label: texts, text: byRole })).max(30, { error: 'at most 30 local questions' }),
  /** Local open questions (asked after the local statements); absent from older consoles: none. */
  questions: z.array(z.strictObject({ id: z.string(), label: texts, text: byRole })).max(MAX_OPEN_QUESTIONS, { error: `at most ${MAX_OPEN_QUESTIONS} local open questions` }).default([]),
});

/** The tenant's local questions as stored, with the theme they make (null while there are none). */
export interface LocalQuestions {
  revision: number | null;
  intro: Partial<Record<'employee' | 'self' | 'superior', StoredTexts>> | null;
  items: StoredLocalItem[];
  /** Local open questions; asked only with at least one local statement (a theme needs one). */
  questions: StoredLocalItem[];
  theme: AnyTheme | null;
}

/** Reads the tenant's local questions. */
export async function loadLocalQuestions(tx: TenantTx): Promise<LocalQuestions> {
  const row = await tx.selectFrom('local_questions').select(['revision', 'intro', 'items', 'questions']).executeTakeFirst();
  const stored = { revision: row?.revision ?? null, intro: row?.intro ?? null, items: row?.items ?? [], questions: row?.questions ?? [] };
  if (!row || !row.items.length) return { ...stored, theme: null };
  return { ...stored, theme: buildLocalTheme({ revision: row.revision, intro: row.intro, items: row.items, questions: row.questions }) };
}

// Empty strings from the editor mean "not written"; dropping them lets validation say "missing".
function clean<T>(value: T): T {
  if (typeof value === 'string') return value.trim() as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]).filter(([, v]) => v !== '')) as T;
  }
  return value;
}

/**
 * Validates the local questions exactly as a theme plugin is validated and stores them as
 * the next revision. Refuses (CONFLICT) when someone saved since `expectedRevision`, so no
 * acknowledged edit is lost; rounds already created keep the revision they pinned.
 */
export async function saveLocalQuestions(tx: TenantTx, tenantId: string, input: unknown, userId: string | null): Promise<LocalQuestions> {
  const parsed = LocalQuestionsSave.safeParse(input);
  if (!parsed.success) throw zodToSpejlError(parsed.error, 'the local questions were not saved');
  const { expectedRevision } = parsed.data;
  const intro = clean(parsed.data.intro);
  const items = clean(parsed.data.items);
  const questions = clean(parsed.data.questions);
  const current = await tx.selectFrom('local_questions').select('revision').forUpdate().executeTakeFirst();
  if ((current?.revision ?? null) !== expectedRevision) {
    throw new SpejlError('CONFLICT', `the local questions were changed by someone else (now revision ${current?.revision ?? 'none'}, you edited ${expectedRevision ?? 'none'}); reload and apply your changes again`, [], { code: 'theme.localQuestionsChanged', params: {} });
  }
  const revision = (current?.revision ?? 0) + 1;
  if (questions.length && !items.length) {
    throw new SpejlError('BAD_INPUT', 'local open questions are asked after the local statements: write at least one local statement', [{ path: 'questions', message: 'add a local statement first' }]);
  }
  if (items.length) asBadInput(() => buildLocalTheme({ revision, intro, items, questions }), 'the local questions were not saved');
  const values = { revision, intro: JSON.stringify(intro), items: JSON.stringify(items), questions: JSON.stringify(questions), updated_by: userId, updated_at: new Date() };
  await tx.insertInto('local_questions').values({ tenant_id: tenantId, ...values }).onConflict((c) => c.column('tenant_id').doUpdateSet(values)).execute();
  return loadLocalQuestions(tx);
}
