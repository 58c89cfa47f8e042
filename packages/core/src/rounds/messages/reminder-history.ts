import { sql, type TenantTx } from '@spejl/db';

/** How a run's mails are doing: still to go out, sent, kept in the outbox (no mail server), failed; as the delivery report counts them. */
export interface ReminderDelivery {
  waiting: number;
  sent: number;
  stored: number;
  failed: number;
}

/** One reminder of a round: planned (due or not yet) or sent by hand. */
export interface ReminderHistoryEntry {
  seq: number;
  byHand: boolean;
  /** A planned reminder's time; null for one sent by hand. */
  plannedAt: Date | null;
  /** When it was handed to the mail queue; null while a planned one is not yet due. */
  ranAt: Date | null;
  /** The leader whose chain a reminder by hand went to (id and name); null: everyone unfinished. */
  chain: { leaderId: string; name: string } | null;
  /** Who sent it by hand. */
  requestedBy: string | null;
  /**
   * Forms of its audience not yet answered when it ran (what the response rates gave then); null
   * while a planned one is not yet due, and for runs from before this was kept. Never how many
   * people it mailed: that would tell which of them had answered (reminder-runs.ts).
   */
  unfinishedForms: number | null;
  delivery: ReminderDelivery;
}

// A reminder set aside because its addressee had finished (`unneeded`) went nowhere: the run's delivery leaves it out.
const DELIVERY_OF = { pending: 'waiting', sending: 'waiting', sent: 'sent', stored: 'stored', failed: 'failed', unneeded: null } as const;

async function deliveryBySeq(tx: TenantTx, roundId: string): Promise<Map<number, ReminderDelivery>> {
  const rows = await tx
    .selectFrom('round_messages')
    .select(['seq', 'status', sql<number>`count(*)::int`.as('n')])
    .where('round_id', '=', roundId)
    .where('kind', '=', 'reminder')
    .groupBy(['seq', 'status'])
    .execute();
  const bySeq = new Map<number, ReminderDelivery>();
  for (const r of rows) {
    const delivery = bySeq.get(r.seq) ?? { waiting: 0, sent: 0, stored: 0, failed: 0 };
    const bucket = DELIVERY_OF[r.status];
    if (bucket) delivery[bucket] += Number(r.n);
    bySeq.set(r.seq, delivery);
  }
  return bySeq;
}

/** A round's reminders in time order: the planned ones with what became of them, and every one sent by hand. */
export async function reminderHistory(tx: TenantTx, roundId: string): Promise<ReminderHistoryEntry[]> {
  const round = await tx.selectFrom('rounds').select('reminders').where('id', '=', roundId).executeTakeFirst();
  if (!round) return [];
  const runs = await tx
    .selectFrom('round_reminder_runs as r')
    .leftJoin('round_respondents as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.round_id', '=', 'r.round_id').onRef('p.person_id', '=', 'r.chain_of'))
    .leftJoin('user as u', 'u.id', 'r.requested_by')
    .select(['r.seq', 'r.ran_at', 'r.unfinished_forms', 'r.by_hand', 'r.chain_of', 'p.name as chain_name', 'u.name as requested_by'])
    .where('r.round_id', '=', roundId)
    .execute();
  const delivery = await deliveryBySeq(tx, roundId);
  const none = { waiting: 0, sent: 0, stored: 0, failed: 0 };
  const runOf = new Map(runs.map((r) => [r.seq, r]));
  const planned = round.reminders.map((p, i): ReminderHistoryEntry => {
    const run = runOf.get(i + 1);
    return { seq: i + 1, byHand: false, plannedAt: new Date(p.at), ranAt: run ? new Date(run.ran_at) : null, chain: null, requestedBy: null, unfinishedForms: run?.unfinished_forms ?? null, delivery: delivery.get(i + 1) ?? none };
  });
  const byHand = runs.filter((r) => r.by_hand).map((r): ReminderHistoryEntry => ({
    seq: r.seq, byHand: true, plannedAt: null, ranAt: new Date(r.ran_at), chain: r.chain_of ? { leaderId: r.chain_of, name: r.chain_name ?? r.chain_of } : null,
    requestedBy: r.requested_by, unfinishedForms: r.unfinished_forms, delivery: delivery.get(r.seq) ?? none,
  }));
  const when = (e: ReminderHistoryEntry) => (e.ranAt ?? e.plannedAt ?? new Date(0)).getTime();
  return [...planned, ...byHand].sort((a, b) => when(a) - when(b) || a.seq - b.seq);
}
