import { sql, type RoundStatus, type TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';

/** A pulse as the console lists it. */
export interface PulseSummary {
  readonly roundId: string;
  readonly parentRoundId: string;
  readonly name: string;
  readonly status: RoundStatus;
  readonly leaderIds: readonly string[];
  readonly startedAs: 'leader' | 'admin';
  readonly items: readonly { theme: string; item: string }[];
  readonly opensAt: Date;
  readonly closesAt: Date;
  readonly closedAt: Date | null;
  readonly createdAt: Date;
}

function pulses(tx: TenantTx, tenantId: string) {
  return tx.selectFrom('round_pulses as p')
    .innerJoin('rounds as r', (j) => j.onRef('r.tenant_id', '=', 'p.tenant_id').onRef('r.id', '=', 'p.round_id'))
    .select(['p.round_id', 'p.parent_round_id', 'p.leader_ids', 'p.started_as', 'p.created_at', 'r.name', 'r.status', 'r.items', 'r.opens_at', 'r.closes_at', 'r.closed_at'])
    .where('p.tenant_id', '=', tenantId)
    .orderBy('p.created_at', 'desc').orderBy('p.round_id');
}

type Row = Awaited<ReturnType<ReturnType<typeof pulses>['execute']>>[number];

function toSummary(r: Row): PulseSummary {
  return {
    roundId: r.round_id, parentRoundId: r.parent_round_id, name: r.name, status: r.status, leaderIds: r.leader_ids, startedAs: r.started_as,
    items: r.items, opensAt: new Date(r.opens_at), closesAt: new Date(r.closes_at), closedAt: r.closed_at && new Date(r.closed_at), createdAt: new Date(r.created_at),
  };
}

/** The pulses of a main round, newest first. */
export async function listPulses(tx: TenantTx, tenantId: string, parentRoundId: string): Promise<PulseSummary[]> {
  return (await pulses(tx, tenantId).where('p.parent_round_id', '=', parentRoundId).execute()).map(toSummary);
}

/** The pulses of a main round that asked `leaderId`'s team, newest first. */
export async function leaderPulses(tx: TenantTx, tenantId: string, parentRoundId: string, leaderId: string): Promise<PulseSummary[]> {
  const rows = await pulses(tx, tenantId).where('p.parent_round_id', '=', parentRoundId).where(sql<boolean>`p.leader_ids @> array[${leaderId}]::text[]`).execute();
  return rows.map(toSummary);
}

/** One pulse, or NOT_FOUND. */
export async function getPulse(tx: TenantTx, tenantId: string, roundId: string): Promise<PulseSummary> {
  const row = await pulses(tx, tenantId).where('p.round_id', '=', roundId).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'pulse.notFound', {});
  return toSummary(row);
}

/** Of `leaderIds`, those whose team a pulse of this main round is asking now (or will from a later opening date). */
export async function runningPulseLeaders(tx: TenantTx, tenantId: string, parentRoundId: string, leaderIds: readonly string[]): Promise<string[]> {
  const rows = await pulses(tx, tenantId).where('p.parent_round_id', '=', parentRoundId).where('r.status', 'in', ['draft', 'open'])
    .where(sql<boolean>`p.leader_ids && ${sql.val([...leaderIds])}::text[]`).execute();
  const asked = new Set(rows.flatMap((r) => r.leader_ids));
  return leaderIds.filter((id) => asked.has(id));
}
