import type { AnyTheme, GroupScores } from '@spejl/plugin-sdk';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { loadRoundRollup } from '../rollup/round-rollup.ts';
import { groupScores, themePositions } from '../report-view/group-scores.ts';
import { tenantGroup } from '../scoring/groups.ts';

/** One organisation's contribution to a benchmark: its latest closed round and that round's whole-organisation scores. */
export interface OrganisationScores {
  readonly round: { readonly id: string; readonly name: string; readonly closedAt: Date | null };
  /** Employee forms of the round (the organisation group's size). */
  readonly forms: number;
  /** Every figure as the organisation's own anonymity filter published it; withheld ones are marked so. */
  readonly scores: GroupScores;
}

/**
 * An organisation's whole-organisation scores from its latest closed round, read in its own tenant
 * transaction and only from its filtered roll-up; null when it has no closed round.
 */
export async function organisationScores(db: Kysely<Database>, tenantId: string, themes: readonly AnyTheme[]): Promise<OrganisationScores | null> {
  return withTenant(db, tenantId, async (tx) => {
    const round = await tx.selectFrom('rounds').select(['id', 'name', 'closed_at']).where('status', 'in', ['closed', 'archived']).where('parent_round_id', 'is', null).orderBy('closed_at', 'desc').orderBy('id').executeTakeFirst();
    if (!round) return null;
    const { rollup } = await loadRoundRollup(tx, round.id);
    const scores = groupScores(rollup, tenantGroup(rollup.tree), themePositions(rollup, themes));
    // Counted only where the filter published the organisation's figures: a withheld group's size stays unsaid.
    const published = Object.values(scores.themes).map((t) => t.theme.employee).find((a) => a !== undefined && !a.suppressed);
    const forms = published && !published.suppressed ? published.forms : 0;
    return { round: { id: round.id, name: round.name, closedAt: round.closed_at }, forms, scores };
  });
}
