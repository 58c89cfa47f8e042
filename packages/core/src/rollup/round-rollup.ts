import { currentTenant, sql, type PinnedTheme, type RoundStatus, type TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import type { FilteredRollup } from '../anonymity/filtered-rollup.ts';
import { sumUpTree } from '../scoring/aggregates.ts';
import type { FormBatch } from '../scoring/form-batch.ts';
import { groupCount } from '../scoring/groups.ts';
import { buildLeaderTree, type LeaderTree } from '../scoring/leader-tree.ts';
import { ROLE_COUNT, ROLLUP_ROLES } from '../scoring/rater-roles.ts';
import { blankUnaskedAnswers } from './unasked-answers.ts';
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
  /** leader slot → place in the snapshot's pre-order: the leader's chain is ord+1..subtreeEnd */
  readonly leaderPlaces: readonly { readonly ord: number; readonly subtreeEnd: number }[];
}

/** [person_id, ord, parent_ord, name, unit_name, subtree_end] of one leader */
type LeaderRow = [string, number, number | null, string, string | null, number];
interface FormsRow { n: number; subjects: string | null; roles: string | null; answers: string | null }

// Ids travel joined by the ASCII unit separator; an id containing it is caught by the count check.
const SEPARATOR = '\u001f';

function splitIds(joined: string | null, expected: number, what: string): string[] {
  const ids = joined === null || expected === 0 ? [] : joined.split(SEPARATOR);
  if (ids.length !== expected) throw new Error(`${what}: an id contains the character U+001F, which the roll-up cannot read`);
  return ids;
}

/**
 * Loads a launched round and rolls it up: one query reads the frozen hierarchy's leaders
 * (all a roll-up needs), one aggregate query reads every submitted form as digit strings
 * (answer codes are 0–6), so 35,000 forms arrive as a few strings and go straight into
 * typed arrays.
 */
export async function loadRoundRollup(tx: TenantTx, roundId: string): Promise<RoundRollup> {
  const round = await tx
    .selectFrom('rounds')
    .innerJoin('tenants', 'tenants.id', 'rounds.tenant_id')
    .select(['rounds.name', 'rounds.status', 'rounds.items', 'rounds.themes', 'rounds.threshold', 'rounds.peer_threshold', 'rounds.closed_at', 'tenants.threshold as tenant_threshold', 'tenants.peer_threshold as tenant_peer_threshold'])
    .where('rounds.id', '=', roundId)
    .executeTakeFirst();
  if (!round) throw codedError('NOT_FOUND', 'round.notFound', {});
  if (round.status === 'draft') throw codedError('CONFLICT', 'report.roundNotLaunched', { round: round.name });
  // Two roll-ups taken while answers come in would differ by whoever answered in between.
  if (round.status === 'open') throw codedError('CONFLICT', 'report.roundStillOpen', { round: round.name });

  const { tree, leaders, leaderPlaces } = await loadLeaderTree(tx, roundId);
  const { layout, answerToItem } = roundLayout(round.items);
  const forms = await loadForms(tx, roundId, tree, layout, answerToItem);
  blankUnaskedAnswers(forms, layout, round.themes);
  const rollup = computeRollup(tree, layout, forms, round.threshold ?? round.tenant_threshold, round.peer_threshold ?? round.tenant_peer_threshold);
  return { roundId, name: round.name, status: round.status, closedAt: round.closed_at, themes: round.themes, rollup, leaders, leaderPlaces };
}

async function loadLeaderTree(tx: TenantTx, roundId: string): Promise<Pick<RoundRollup, 'leaders' | 'leaderPlaces'> & { tree: LeaderTree }> {
  const { rows } = await sql<{ leaders: LeaderRow[] | null }>`
    select json_agg(json_build_array(person_id, ord, parent_ord, name, unit_name, subtree_end) order by ord) as leaders
    from round_people where tenant_id = ${currentTenant(tx)} and round_id = ${roundId} and direct_reports > 0`.execute(tx);
  const found = rows[0]?.leaders ?? [];
  if (found.length === 0) throw codedError('CONFLICT', 'report.noFrozenHierarchy', {});
  const indexOfOrd = new Map(found.map(([, ord], i) => [ord, i]));
  const manager = Int32Array.from(found, ([, , parentOrd]) => (parentOrd === null ? -1 : (indexOfOrd.get(parentOrd) ?? -1)));
  const tree = buildLeaderTree({ personIds: found.map(([id]) => id), manager, leader: new Uint8Array(found.length).fill(1) });
  const leaders = found.map(([, , , name, unitName]) => ({ name, unitName }));
  const leaderPlaces = found.map(([, ord, , , , subtreeEnd]) => ({ ord, subtreeEnd }));
  // Every person here is a leader and slots follow person order, so slot = index.
  return { tree, leaders, leaderPlaces };
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
  // answers::text ("{4,4,0,6}") is cheaper for PostgreSQL than array_to_string; the digits are read below.
  const { rows } = await sql<FormsRow>`
    select count(*)::int as n,
           string_agg(subject_id, chr(31)) as subjects,
           string_agg((array_position(${[...ROLLUP_ROLES]}::text[], role) - 1)::text, '') as roles,
           string_agg(answers::text, '') as answers
    from round_forms where tenant_id = ${currentTenant(tx)} and round_id = ${roundId} and submitted`.execute(tx);
  const row = rows[0]!;
  const personIndex = new Map(tree.personIds.map((id, i) => [id, i]));
  const subject = Int32Array.from(splitIds(row.subjects, row.n, `round ${roundId}'s forms`), (id) => {
    const person = personIndex.get(id);
    if (person === undefined) throw new Error(`round ${roundId} has a form about ${id}, who is not a leader in its frozen hierarchy`);
    return person;
  });
  const role = Uint8Array.from(row.roles ?? '', (c) => c.charCodeAt(0) - 48);
  return { count: row.n, itemCount, subject, role, answers: readAnswerArrays(row.answers ?? '', row.n, itemCount, answerToItem, roundId) };
}

const OPEN = 123; // {
const CLOSE = 125; // }
const COMMA = 44;

/** Reads `n` concatenated array literals of one-digit codes into layout order, checking each has `itemCount` codes. */
function readAnswerArrays(text: string, n: number, itemCount: number, answerToItem: Int32Array, roundId: string): Uint8Array {
  const answers = new Uint8Array(n * itemCount);
  let at = 0;
  for (let f = 0; f < n; f++) {
    if (text.charCodeAt(at++) !== OPEN) throw new Error(`round ${roundId}: stored answers are not in the expected form`);
    let a = 0;
    for (let c = text.charCodeAt(at++); c !== CLOSE; c = text.charCodeAt(at++)) {
      if (c === COMMA) continue;
      if (a >= itemCount || c < 48 || c > 54 || Number.isNaN(c)) throw new Error(`round ${roundId} has stored forms whose answers do not match its ${itemCount} statements`);
      answers[f * itemCount + answerToItem[a++]!] = c - 48;
    }
    if (a !== itemCount) throw new Error(`round ${roundId} has stored forms whose answers do not match its ${itemCount} statements`);
  }
  return answers;
}

/**
 * [group][role] → people asked to answer, chains and tenant summed: the denominators of
 * response rates. Read from the progress table, never from the forms.
 */
export async function loadInvitations(tx: TenantTx, roundId: string, tree: LeaderTree): Promise<Int32Array> {
  const { rows } = await sql<{ n: number; subjects: string | null; roles: string | null }>`
    select count(*)::int as n, string_agg(subject_id, chr(31)) as subjects,
           string_agg((array_position(${[...ROLLUP_ROLES]}::text[], role) - 1)::text, '') as roles
    from round_assignments where tenant_id = ${currentTenant(tx)} and round_id = ${roundId}`.execute(tx);
  const row = rows[0]!;
  const invited = new Int32Array(groupCount(tree) * ROLE_COUNT);
  const subjects = splitIds(row.subjects, row.n, `round ${roundId}'s assignments`);
  const roles = row.roles ?? '';
  subjects.forEach((id, i) => {
    const slot = tree.slotOfPersonId.get(id);
    if (slot !== undefined) invited[slot * ROLE_COUNT + roles.charCodeAt(i) - 48]!++;
  });
  sumUpTree(tree, invited, ROLE_COUNT);
  return invited;
}
