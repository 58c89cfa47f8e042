import { sql, type FormRole, type TenantTx } from '@spejl/db';
import { directReports } from './form-derivation.ts';
import type { HierarchySnapshots } from './snapshot-source.ts';

/** Finished out of asked. */
export interface Rate {
  finished: number;
  total: number;
}

/** One evaluated leader's progress: their own forms by role, and every form about their chain. */
export interface LeaderProgress {
  leaderId: string;
  name: string;
  managerId: string | null;
  direct: Record<FormRole, Rate>;
  chain: Rate;
}

/** A round's progress while it is open. Counts only: no answer is ever read here. */
export interface RoundProgress {
  overall: Rate;
  respondents: Rate;
  leaders: LeaderProgress[];
}

const zero = (): Record<FormRole, Rate> => ({ employee: { finished: 0, total: 0 }, self: { finished: 0, total: 0 }, superior: { finished: 0, total: 0 }, peer: { finished: 0, total: 0 } });

/** Response rates per leader and per chain, from the progress table alone (never from the forms). */
export async function roundProgress(tx: TenantTx, roundId: string, snapshots: HierarchySnapshots): Promise<RoundProgress> {
  const counts = await tx
    .selectFrom('round_assignments')
    .select(['subject_id', 'role'])
    .select([sql<number>`count(*)::int`.as('total'), sql<number>`count(finished_at)::int`.as('finished')])
    .where('round_id', '=', roundId)
    .groupBy(['subject_id', 'role'])
    .execute();
  const people = await tx
    .selectFrom('round_assignments')
    .select([sql<number>`count(distinct person_id)::int`.as('total')])
    .select(sql<number>`(count(distinct person_id) - count(distinct person_id) filter (where finished_at is null))::int`.as('finished'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  const snapshot = await snapshots.people(tx, roundId);
  const byId = new Map(snapshot.map((p) => [p.personId, p]));
  const direct = new Map<string, Record<FormRole, Rate>>();
  for (const c of counts) {
    const rates = direct.get(c.subject_id) ?? direct.set(c.subject_id, zero()).get(c.subject_id) ?? zero();
    rates[c.role] = { finished: Number(c.finished), total: Number(c.total) };
  }
  const reports = directReports(snapshot);
  const chainOf = (id: string): Rate => {
    const sum = { finished: 0, total: 0 };
    const stack = [id];
    while (stack.length) {
      const at = stack.pop() as string;
      for (const r of Object.values(direct.get(at) ?? {})) {
        sum.finished += r.finished;
        sum.total += r.total;
      }
      stack.push(...(reports.get(at) ?? []));
    }
    return sum;
  };
  const leaders = [...direct.keys()].map((id) => ({
    leaderId: id,
    name: byId.get(id)?.name ?? id,
    managerId: byId.get(id)?.managerId ?? null,
    direct: direct.get(id) ?? zero(),
    chain: chainOf(id),
  }));
  leaders.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const overall = counts.reduce((s, c) => ({ finished: s.finished + Number(c.finished), total: s.total + Number(c.total) }), { finished: 0, total: 0 });
  return { overall, respondents: { finished: Number(people.finished), total: Number(people.total) }, leaders };
}
