import Papa from 'papaparse';
import type { TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { holdsAnySeparator, neutraliseFormulaInCsv } from '../files/spreadsheet-formulas.ts';
import { loadRoundRollup, type RoundRollup } from '../rollup/round-rollup.ts';
import { chainGroup, directGroup } from '../scoring/groups.ts';
import type { LeaderTree } from '../scoring/leader-tree.ts';
import { ROLE_COUNT, ROLLUP_ROLES, type RollupRole } from '../scoring/rater-roles.ts';
import { loadCommentSets, setKey, type CommentSets } from './comment-sets.ts';

/** DESIGN.md's comment export columns. */
export const COMMENT_EXPORT_COLUMNS = ['leader_id', 'scope', 'rater_role', 'question_id', 'text'] as const;

/** One shown comment as the export writes it. */
export interface CommentExportRow {
  leader_id: string;
  scope: 'direct' | 'chain';
  rater_role: RollupRole;
  question_id: string;
  text: string;
}

/**
 * Every comment the rules show, once, in published order: leaders as the roll-up export orders
 * them (depth-first from the top, siblings by person id), then scope (direct, chain), role,
 * question in the round's order, and the set's own order (comment-sets.ts).
 */
export function commentExportRows(sets: CommentSets, tree: LeaderTree): CommentExportRow[] {
  const rows: CommentExportRow[] = [];
  for (const slot of tree.readingOrder) {
    const leader_id = tree.personIds[tree.leaderPerson[slot]!]!;
    const groups = { direct: directGroup(tree, slot), chain: chainGroup(tree, slot) };
    for (const scope of ['direct', 'chain'] as const) {
      for (let role = 0; role < ROLE_COUNT; role++) {
        const set = sets.sets.get(setKey(groups[scope], role));
        if (!set) continue;
        for (const question_id of sets.questions) {
          for (const text of set.get(question_id) ?? []) rows.push({ leader_id, scope, rater_role: ROLLUP_ROLES[role]!, question_id, text });
        }
      }
    }
  }
  return rows;
}

/** A closed round's shown comments; refused before they are released (until then none is shown). */
export async function loadCommentExport(tx: TenantTx, tenantId: string, roundId: string): Promise<CommentExportRow[]> {
  return shownComments(tx, tenantId, await loadRoundRollup(tx, roundId));
}

/** The shown comments of a round already rolled up; refused before release. */
export async function shownComments(tx: TenantTx, tenantId: string, { roundId, rollup }: RoundRollup): Promise<CommentExportRow[]> {
  const sets = await loadCommentSets(tx, tenantId, roundId, rollup);
  if (!sets) return [];
  if (!sets.released) throw codedError('CONFLICT', 'comments.notReleased', {});
  return commentExportRows(sets, rollup.tree);
}

/** DESIGN.md's CSV (`,`, `\n`, no BOM), every text formula-guarded, quoted where it must be. */
export function commentExportCsv(rows: readonly CommentExportRow[]): string {
  const text = (value: string) => neutraliseFormulaInCsv(value);
  const data = rows.map((r) => COMMENT_EXPORT_COLUMNS.map((c) => text(r[c])));
  return `${Papa.unparse({ fields: [...COMMENT_EXPORT_COLUMNS], data }, { newline: '\n', quotes: holdsAnySeparator })}\n`;
}

/** The same rows as JSON: the words exactly as stored, for a program to read. */
export function commentExportJson(rows: readonly CommentExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
