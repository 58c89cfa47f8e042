import { sql, type PinnedTheme, type RoundStatus, type TenantTx } from '@spejl/db';
import { SpejlError } from '../errors/spejl-error.ts';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { sumUpTree } from '../scoring/aggregates.ts';
import type { FormBatch } from '../scoring/form-batch.ts';
import { groupCount } from '../scoring/groups.ts';
import { buildLeaderTree, type LeaderTree } from '../scoring/leader-tree.ts';
import { ROLE_COUNT, ROLLUP_ROLES } from '../scoring/rater-roles.ts';
import { layoutRound, type RoundLayout, type ThemeItems } from '../scoring/round-layout.ts';
import { computeRollup } from './compute-rollup.ts';

/** A round's filtered roll-up with what reports need beside it: names, themes, invitations. */
export interface RoundRollup {
  readonly roundId: string;
  readonly name: string;
  readonly status: RoundStatus;
  readonly closedAt: Date | null;
  /** The themes as pinned when the round was created, in the round's order. */
  readonly themes: readonly PinnedTheme[];
  readonly rollup: FilteredRollup;
  /** leader slot → name and unit as frozen in the round's snapshot */
  readonly leaders: readonly { readonly name: string; readonly unitName: string | null }[];
  /** [group][role] → people asked (from the progress table, never from the forms); chains summed */
  readonly invited: Int32Array;
}

interface PeopleRow { ids: string[] | null; parents: string | null; leaders: [string, string, string | null][] | null }
interface FormsRow { n: number; subjects: string[] | null; roles: string | null; answers: string | null; aligned: boolean }

/**
 * Loads a launched round and rolls it up: one aggregate query reads the frozen hierarchy,
 * one reads every submitted form as digit strings (answer codes are 0–6), so 35,000 forms
 * arrive as a few strings and go straight into typed arrays.
 */
export async function loadRoundRollup(tx: TenantTx, roundId: string): Promise<RoundRollup> {
  const round = await tx
    .selectFrom('rounds')
    .innerJoin('tenants', 'tenants.id', 'rounds.tenant_id')
    .select(['rounds.name', 'rounds.status', 'rounds.items', 'rounds.themes', 'rounds.threshold', 'rounds.closed_at', 'tenants.threshold as tenant_threshold'])
    .where('rounds.id', '=', roundId)
    .executeTakeFirst();
  if (!round) throw new SpejlError('NOT_FOUND', `round ${roundId} does not exist in this organisation`);
  if (round.status === 'draft') throw new SpejlError('CONFLICT', `round "${round.name}" has not been launched, so it has no answers to roll up yet`);

  const { tree, leaders } = await loadLeaderTree(tx, roundId);
  const { layout, answerToItem } = roundLayout(round.items);
  const forms = await loadForms(tx, roundId, tree, layout, answerToItem);
  const rollup = computeRollup(tree, layout, forms, round.threshold ?? round.tenant_threshold);
  return {
    roundId, name: round.name, status: round.status, closedAt: round.closed_at, themes: round.themes, rollup,
    leaders, invited: await loadInvited(tx, roundId, tree),
  };
}

async function loadLeaderTree(tx: TenantTx, roundId: string): Promise<{ tree: LeaderTree; leaders: RoundRollup['leaders'] }> {
  const { rows } = await sql<PeopleRow>`
    select json_agg(person_id order by ord) as ids,
           string_agg(coalesce(parent_ord, -1)::text, ',' order by ord) as parents,
           json_agg(json_build_array(person_id, name, unit_name) order by ord) filter (where direct_reports > 0) as leaders
    from round_people where round_id = ${roundId}`.execute(tx);
  const people = rows[0];
  if (!people?.ids || people.parents === null) throw new SpejlError('CONFLICT', 'the round has no frozen hierarchy; launch it first');
  const tree = buildLeaderTree({ personIds: people.ids, manager: Int32Array.from(people.parents.split(','), Number) });
  const leaders = new Array<{ name: string; unitName: string | null }>(tree.leaderCount);
  for (const [id, name, unitName] of people.leaders ?? []) leaders[tree.slotOfPersonId.get(id)!] = { name, unitName };
  return { tree, leaders };
}

/** The round's themes in order and, per position of a stored answers array, its item position. */
function roundLayout(items: readonly { theme: string; item: string }[]): { layout: RoundLayout; answerToItem: Int32Array } {
  const themes = new Map<string, string[]>();
  for (const { theme, item } of items) (themes.get(theme) ?? themes.set(theme, []).get(theme)!).push(item);
  const layout = layoutRound([...themes].map(([id, themeItems]): ThemeItems => ({ id, items: themeItems })));
  return { layout, answerToItem: Int32Array.from(items, ({ theme, item }) => layout.itemPosition.get(`${theme}.${item}`)!) };
}

async function loadForms(tx: TenantTx, roundId: string, tree: LeaderTree, layout: RoundLayout, answerToItem: Int32Array): Promise<FormBatch> {
  const itemCount = layout.itemCount;
  const { rows } = await sql<FormsRow>`
    select count(*)::int as n,
           json_agg(subject_id) as subjects,
           string_agg((array_position(${[...ROLLUP_ROLES]}::text[], role) - 1)::text, '') as roles,
           string_agg(array_to_string(answers, ''), '') as answers,
           coalesce(bool_and(cardinality(answers) = ${itemCount}), true) as aligned
    from round_forms where round_id = ${roundId} and submitted`.execute(tx);
  const row = rows[0]!;
  if (!row.aligned) throw new Error(`round ${roundId} has stored forms whose answers do not match its ${itemCount} statements`);
  const personIndex = new Map(tree.personIds.map((id, i) => [id, i]));
  const subject = Int32Array.from(row.subjects ?? [], (id) => {
    const person = personIndex.get(id);
    if (person === undefined) throw new Error(`round ${roundId} has a form about ${id}, who is not in its frozen hierarchy`);
    return person;
  });
  const role = Uint8Array.from(row.roles ?? '', (c) => c.charCodeAt(0) - 48);
  const answers = new Uint8Array(row.n * itemCount);
  const digits = row.answers ?? '';
  for (let f = 0, at = 0; f < row.n; f++) {
    for (let a = 0; a < itemCount; a++) answers[f * itemCount + answerToItem[a]!] = digits.charCodeAt(at++) - 48;
  }
  return { count: row.n, itemCount, subject, role, answers };
}

async function loadInvited(tx: TenantTx, roundId: string, tree: LeaderTree): Promise<Int32Array> {
  const { rows } = await sql<{ subject_id: string; role: number; n: number }>`
    select subject_id, array_position(${[...ROLLUP_ROLES]}::text[], role) - 1 as role, count(*)::int as n
    from round_assignments where round_id = ${roundId} group by 1, 2`.execute(tx);
  const invited = new Int32Array(groupCount(tree) * ROLE_COUNT);
  for (const r of rows) {
    const slot = tree.slotOfPersonId.get(r.subject_id);
    if (slot !== undefined) invited[slot * ROLE_COUNT + r.role]! += r.n;
  }
  sumUpTree(tree, invited, ROLE_COUNT);
  return invited;
}
