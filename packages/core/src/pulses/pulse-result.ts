import type { AnyTheme } from '@spejl/plugin-sdk';
import type { TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { loadRoundRollup } from '../rollup/round-rollup.ts';
import { pulseChanges, type PulseChangeRow } from './pulse-change.ts';
import { readsEveryPulse, type PulseCaller } from './pulse-starter.ts';
import { getPulse, type PulseSummary } from './pulse-store.ts';

/** One team's pulse as its reader sees it: while it runs its dates, once closed the change against the main round. */
export interface PulseResult {
  readonly pulse: PulseSummary;
  readonly leaderId: string;
  readonly mainRoundName: string;
  /** The threshold the comparison held to: the larger of the two rounds'. */
  readonly threshold: number | null;
  /** null while the pulse runs: a mean taken before closing would change under the reader's eyes. */
  readonly rows: readonly PulseChangeRow[] | null;
}

/** Which team the caller reads: their own (a leader), or any the pulse asked (staff); anything else is "not found". */
function teamRead(caller: PulseCaller, pulse: PulseSummary, leaderId: string | null): string {
  const wanted = leaderId ?? caller.personId;
  const allowed = wanted !== null && pulse.leaderIds.includes(wanted) && (readsEveryPulse(caller) || wanted === caller.personId);
  if (!allowed) throw codedError('NOT_FOUND', 'pulse.notFound', {});
  return wanted;
}

/** The result of one team's pulse; `leaderId` null means the caller's own team. */
export async function pulseResult(tx: TenantTx, tenantId: string, caller: PulseCaller, pulseRoundId: string, leaderId: string | null): Promise<PulseResult> {
  const pulse = await getPulse(tx, tenantId, pulseRoundId);
  const team = teamRead(caller, pulse, leaderId);
  const main = await tx.selectFrom('rounds').select('name').where('tenant_id', '=', tenantId).where('id', '=', pulse.parentRoundId).executeTakeFirstOrThrow();
  if (pulse.status !== 'closed' && pulse.status !== 'archived') return { pulse, leaderId: team, mainRoundName: main.name, threshold: null, rows: null };
  const now = await loadRoundRollup(tx, pulse.roundId);
  const then = await loadRoundRollup(tx, pulse.parentRoundId);
  const rows = pulseChanges(now.rollup, then.rollup, now.themes as unknown as AnyTheme[], team);
  return { pulse, leaderId: team, mainRoundName: main.name, threshold: Math.max(now.rollup.k, then.rollup.k), rows };
}
