import { currentTenant, sql, type TenantTx } from '@spejl/db';

/**
 * Per leader slot, the faggrupper at least `k` people of the leader's chain (below the leader,
 * not exempt) held in the round's frozen hierarchy, in Danish alphabetical order.
 *
 * A heatmap filter chooses units by these. A faggruppe held by fewer than k people of a chain is
 * not named on that unit, and the figures a filtered heatmap shows stay the units' own published
 * chain figures: no figure is ever computed for a faggruppe (forms say nothing about who answered).
 * What this does not hide: comparing a unit with the units below it can narrow down a headcount
 * (a unit naming a faggruppe above its only sub-unit that does not says that sub-unit's leader
 * holds it). That is who works where, which the reader's own chain already knows — never answers.
 */
export function unitFaggrupper(leaders: readonly { ord: number; subtreeEnd: number }[], people: readonly { ord: number; faggruppe: string }[], k: number): string[][] {
  const last = leaders.reduce((m, l) => Math.max(m, l.subtreeEnd), 0);
  // One prefix count per faggruppe over the pre-order: a chain is the ords ord+1..subtreeEnd.
  const prefix = new Map<string, Int32Array>();
  for (const { ord, faggruppe } of people) {
    if (ord > last) continue;
    const counts = prefix.get(faggruppe) ?? prefix.set(faggruppe, new Int32Array(last + 2)).get(faggruppe)!;
    counts[ord + 1]!++;
  }
  for (const counts of prefix.values()) for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!;
  const names = [...prefix.keys()].sort((a, b) => a.localeCompare(b, 'da'));
  return leaders.map(({ ord, subtreeEnd }) => names.filter((f) => {
    const counts = prefix.get(f)!;
    return counts[subtreeEnd + 1]! - counts[ord + 1]! >= k;
  }));
}

/** Reads the people's faggrupper of a round's frozen hierarchy for unitFaggrupper; the leaders (in slot order) come from its roll-up. */
export async function loadUnitFaggrupper(tx: TenantTx, roundId: string, leaders: readonly { ord: number; subtreeEnd: number }[], k: number): Promise<string[][]> {
  const { rows: people } = await sql<{ ord: number; faggruppe: string }>`
    select ord, faggruppe from round_people
    where tenant_id = ${currentTenant(tx)} and round_id = ${roundId} and faggruppe is not null and not exempt`.execute(tx);
  return unitFaggrupper(leaders, people, k);
}
