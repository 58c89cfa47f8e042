import { sql, type TenantTx } from '@spejl/db';

/** A mail that did not reach its respondent, with the reason the mail server gave. */
export interface DeliveryFailure {
  personId: string;
  name: string;
  email: string | null;
  kind: string;
  attempts: number;
  error: string | null;
}

/** Mail of a round by status, and every failure, for the console. */
export interface DeliveryReport {
  /** `unneeded`: reminders not sent because their addressee had finished by the time they were due to go. */
  counts: Record<'pending' | 'sending' | 'sent' | 'stored' | 'failed' | 'unneeded', number>;
  failures: DeliveryFailure[];
  /** Respondents who have no e-mail address and so get no mail at all. */
  withoutEmail: number;
}

/** How the round's invitations and reminders are doing. */
export async function deliveryReport(tx: TenantTx, roundId: string): Promise<DeliveryReport> {
  const counts = { pending: 0, sending: 0, sent: 0, stored: 0, failed: 0, unneeded: 0 };
  const byStatus = await tx.selectFrom('round_messages').select(['status', sql<number>`count(*)::int`.as('n')]).where('round_id', '=', roundId).groupBy('status').execute();
  for (const s of byStatus) counts[s.status] = Number(s.n);
  const failures = await tx
    .selectFrom('round_messages as m')
    .innerJoin('round_respondents as p', (j) => j.onRef('p.tenant_id', '=', 'm.tenant_id').onRef('p.round_id', '=', 'm.round_id').onRef('p.person_id', '=', 'm.person_id'))
    .select(['m.person_id', 'p.name', 'p.email', 'm.kind', 'm.attempts', 'm.last_error'])
    .where('m.round_id', '=', roundId)
    .where('m.status', '=', 'failed')
    .orderBy('p.name')
    .limit(500)
    .execute();
  const noEmail = await tx.selectFrom('round_respondents').select(sql<number>`count(*)::int`.as('n')).where('round_id', '=', roundId).where('email', 'is', null).executeTakeFirstOrThrow();
  return {
    counts,
    failures: failures.map((f) => ({ personId: f.person_id, name: f.name, email: f.email, kind: f.kind, attempts: f.attempts, error: f.last_error })),
    withoutEmail: Number(noEmail.n),
  };
}
