import type { TenantTx } from '@spejl/db';
import { themeCell } from '../anonymity/filtered-rollup.ts';
import { codedError } from '../errors/spejl-error.ts';
import { loadRoundRollup } from '../rollup/round-rollup.ts';
import { directGroup } from '../scoring/groups.ts';
import { roleIndex } from '../scoring/rater-roles.ts';
import { subjectsInScope, type SnapshotPerson } from '../rounds/form-derivation.ts';
import { currentPeople } from '../rounds/scope-preview.ts';
import type { InitiativeTargetInput } from './initiative-input.ts';

/*
 * Who an initiative reaches. Chains, levels and the whole organisation are read from today's
 * hierarchy (the leaders who will get the material are today's). "Below a value" reads a closed
 * round's results through the anonymity filter only: a leader's own employee mean on the theme,
 * as their report shows it (one decimal). A leader whose mean the filter withheld is never
 * chosen, whatever the value, and is only counted — so moving the value step by step shows
 * nothing a published report does not already show.
 */

/** The leaders an aim reaches, and how many of a round's leaders had no published result (below a value only). */
export interface AimedLeaders {
  personIds: string[];
  /** Leaders the round evaluated whose theme mean was withheld; 0 for other aims. */
  withoutPublished: number;
}

/** A published mean as reports show it: to one decimal, so the aim says no more than the report. */
export function shownMean(mean: number): number {
  return Math.round(mean * 10) / 10;
}

async function belowValue(tx: TenantTx, people: readonly SnapshotPerson[], aim: Extract<InitiativeTargetInput, { kind: 'below' }>): Promise<AimedLeaders> {
  const round = await tx.selectFrom('rounds').select('status').where('id', '=', aim.roundId).executeTakeFirst();
  if (!round) throw codedError('NOT_FOUND', 'round.notFound', {});
  if (round.status !== 'closed' && round.status !== 'archived') throw codedError('CONFLICT', 'initiatives.roundNotClosed', {});
  const { rollup } = await loadRoundRollup(tx, aim.roundId);
  const theme = rollup.layout.themes.findIndex((t) => t.id === aim.themeId);
  if (theme < 0) throw codedError('BAD_INPUT', 'initiatives.themeNotInRound', { themeId: aim.themeId });
  const evaluated = await tx.selectFrom('round_assignments').select('subject_id').distinct().where('round_id', '=', aim.roundId).execute();
  const today = new Set(people.map((p) => p.personId));
  const employee = roleIndex('employee');
  const personIds: string[] = [];
  let withoutPublished = 0;
  for (const { subject_id: id } of evaluated) {
    const slot = rollup.tree.slotOfPersonId.get(id);
    const cell = slot === undefined ? null : themeCell(rollup, directGroup(rollup.tree, slot), employee, theme);
    if (!cell?.shown || cell.value.mean === null) {
      withoutPublished++;
      continue;
    }
    if (shownMean(cell.value.mean) < aim.value && today.has(id)) personIds.push(id);
  }
  return { personIds: personIds.sort(), withoutPublished };
}

/** The leaders (person ids, today's hierarchy) an aim reaches; a refusal when it names a round or leader that cannot aim. */
export async function aimedLeaders(tx: TenantTx, aim: InitiativeTargetInput): Promise<AimedLeaders> {
  // Exemption is about being evaluated, not about getting material: every leader can be aimed at.
  const people = (await currentPeople(tx)).map((p) => ({ ...p, exempt: false }));
  if (aim.kind === 'below') return belowValue(tx, people, aim);
  if (aim.kind === 'chain') {
    const leaders = subjectsInScope(people, { kind: 'all' });
    if (!leaders.includes(aim.leaderId)) throw codedError('BAD_INPUT', 'initiatives.notALeaderToAim', { leaderId: aim.leaderId });
    return { personIds: subjectsInScope(people, { kind: 'chains', leaderIds: [aim.leaderId] }).sort(), withoutPublished: 0 };
  }
  const scope = aim.kind === 'all' ? { kind: 'all' as const } : { kind: 'levels' as const, levels: aim.levels };
  return { personIds: subjectsInScope(people, scope).sort(), withoutPublished: 0 };
}
