import { randomInt } from 'node:crypto';
import type { FormRole, TenantTx } from '@spejl/db';
import { assertCommentsMayArrive } from '../comments/review-release.ts';
import { codedError } from '../errors/spejl-error.ts';
import { collectUploadedTable } from '../hierarchy/uploaded-table.ts';
import { markResultsChanged } from '../reports/results-stamp.ts';
import { getRound } from '../rounds/lifecycle.ts';
import { refusalsAsConflicts } from '../rounds/round-conflicts.ts';
import { assertImportable } from './import-source.ts';
import { validateResponses, type RoundForImport } from './responses-file.ts';

/** What an import stored. */
export interface ImportSummary {
  forms: number;
  byRole: Record<FormRole, number>;
}

const none = (): Record<FormRole, number> => ({ employee: 0, self: 0, superior: 0, peer: 0 });

async function roundForImport(tx: TenantTx, roundId: string): Promise<RoundForImport> {
  const round = await getRound(tx, roundId, true); // held: the round cannot be archived under the import
  if (round.status === 'draft') throw codedError('CONFLICT', 'responses.notLaunched', {});
  if (round.status === 'archived') throw codedError('CONFLICT', 'responses.archived', {});
  await assertImportable(tx, round);
  const slots = await tx.selectFrom('round_assignments').select(['subject_id', 'role']).select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', roundId).groupBy(['subject_id', 'role']).execute();
  const stored = await tx.selectFrom('round_forms').select(['subject_id', 'role']).select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', roundId).where('submitted', '=', true).groupBy(['subject_id', 'role']).execute();
  const existing = new Map<string, Record<FormRole, number>>();
  for (const s of stored) (existing.get(s.subject_id) ?? existing.set(s.subject_id, none()).get(s.subject_id)!)[s.role] = Number(s.n);
  const subjects = new Map<string, Record<FormRole, number>>();
  // Subjects are the leaders with a self form: exactly those in scope and not exempt.
  for (const s of slots) if (s.role === 'self') subjects.set(s.subject_id, none());
  for (const s of slots) {
    const capacity = subjects.get(s.subject_id);
    if (capacity) capacity[s.role] = Math.max(0, Number(s.n) - (existing.get(s.subject_id)?.[s.role] ?? 0));
  }
  return { itemKeys: round.items.map((i) => `${i.theme}.${i.item}`), questionKeys: round.questions, subjects, existing };
}

/**
 * Imports forms collected outside Spejl into a closed round that has no link answers (see
 * assertImportable): all or nothing. Bad rows are listed (line, column, reason; the first
 * ISSUE_CAP, then a count) and nothing is stored unless the whole file is valid.
 */
export async function importResponses(tx: TenantTx, tenantId: string, roundId: string, bytes: Uint8Array, fileName = 'the file'): Promise<ImportSummary> {
  const target = await roundForImport(tx, roundId);
  const { forms, errors, problems } = validateResponses(await collectUploadedTable(bytes), target);
  if (errors.length) {
    throw codedError('BAD_INPUT', 'responses.fileHasProblems', { fileName, count: problems }, errors);
  }
  await assertCommentsMayArrive(tx, roundId, forms.some((f) => Object.keys(f.comments).length > 0));
  // A file's row order may follow a staff list: stored in it, physical order could pair forms with people (rule 5).
  shuffleInPlace(forms);
  for (let i = 0; i < forms.length; i += 1000) {
    const chunk = forms.slice(i, i + 1000).map((f) => ({ tenant_id: tenantId, round_id: roundId, subject_id: f.subjectId, role: f.role, answers: f.answers, comments: JSON.stringify(f.comments), submitted: true, source: 'import' as const, owner_key: null }));
    await refusalsAsConflicts(() => tx.insertInto('round_forms').values(chunk).execute());
  }
  // In the import's transaction: every server sees the new forms and the new version together.
  await markResultsChanged(tx, tenantId, roundId);
  const byRole = none();
  for (const f of forms) byRole[f.role]++;
  return { forms: forms.length, byRole };
}

/** Fisher–Yates with a cryptographic source, so the stored order says nothing of the file's. */
function shuffleInPlace<T>(items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
