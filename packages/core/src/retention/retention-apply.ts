import { addMonths } from '@spejl/plugin-sdk/time';
import { withTenant, withTenantPrivileged, type Database, type Kysely, type PrivilegedTx, type TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { anonymiseSnapshot, newPseudonym, pseudonymiseAudit } from './privileged.ts';
import { eraseRoundData, leftPeopleOf, type DueRound, type LeftPerson, type TableCounts } from './round-erasure.ts';
import { removeOrphanAccounts } from './orphan-accounts.ts';

/** One round retention reached (or would reach), with rows per table. */
export interface RoundRetention {
  roundId: string;
  name: string;
  closedAt: Date;
  /** The day its personal data became due: closing day plus the tenant's retention period. */
  dueAt: Date;
  counts: TableCounts;
}

/** What one apply did (or, dry run, would do). */
export interface RetentionReport {
  asOf: Date;
  dryRun: boolean;
  retentionMonths: number;
  rounds: RoundRetention[];
  /** Accounts removed because their only membership went with someone who left. */
  accounts: number;
}

/** Who asked for the apply, for the audit log: a console user, the CLI, or the daily job. */
export interface RetentionActor { userId: string | null; via: 'cli' | 'job' | 'console' }

/** The day a round's personal data is due: its closing day (UTC) plus the retention period in calendar months. */
export function dueDay(closedAt: Date, months: number): Date {
  return new Date(`${addMonths(closedAt.toISOString().slice(0, 10), months)}T00:00:00Z`);
}

async function dueRounds(tx: TenantTx, tenantId: string, asOf: Date): Promise<{ months: number; rounds: DueRound[] }> {
  const tenant = await tx.selectFrom('tenants').select('retention_months').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const rows = await tx.selectFrom('rounds').select(['id', 'name', 'closed_at', 'launched_at'])
    .where('closed_at', 'is not', null).where('personal_data_erased_at', 'is', null).orderBy('closed_at').execute();
  const rounds = rows
    .map((r) => ({ id: r.id, name: r.name, closedAt: new Date(r.closed_at!), launchedAt: r.launched_at ? new Date(r.launched_at) : null }))
    .filter((r) => dueDay(r.closedAt, tenant.retention_months) <= asOf);
  return { months: tenant.retention_months, rounds };
}

/** Pseudonymises, in the audit log, the names and addresses of people who left; one pseudonym each. */
async function pseudonymiseLeft(tx: PrivilegedTx, tenantId: string, left: readonly LeftPerson[]): Promise<number> {
  let n = 0;
  for (const p of left) n += await pseudonymiseAudit(tx, tenantId, [...p.names, ...p.emails], newPseudonym());
  return n;
}

/**
 * Deletes the personal data of every round of the tenant due by `asOf` (closing day plus the
 * tenant's retention period), or with `dryRun` only counts it. Per round: first the privileged
 * step (snapshot labels, audit pseudonyms; its own transaction, see privileged.ts), then the app's
 * deletes, the round's mark and the audit entry in one transaction. A failure between them leaves
 * the round unmarked, so the next apply does both again; both are idempotent.
 */
export async function applyRetention(db: Kysely<Database>, tenantId: string, o: { asOf: Date; dryRun: boolean; actor: RetentionActor }): Promise<RetentionReport> {
  const { months, rounds } = await withTenant(db, tenantId, (tx) => dueRounds(tx, tenantId, o.asOf));
  const report: RetentionReport = { asOf: o.asOf, dryRun: o.dryRun, retentionMonths: months, rounds: [], accounts: 0 };
  const leftEmails: string[] = [];
  for (const round of rounds) {
    const left = await withTenant(db, tenantId, (tx) => leftPeopleOf(tx, round.id));
    let privileged: TableCounts = {};
    if (!o.dryRun) {
      privileged = await withTenantPrivileged(db, tenantId, async (tx) => ({ round_people: await anonymiseSnapshot(tx, tenantId, round.id, null), audit_log: await pseudonymiseLeft(tx, tenantId, left) }));
    }
    const counts = await withTenant(db, tenantId, async (tx) => {
      const erased = await eraseRoundData(tx, round, left, o.dryRun, new Date());
      const all = { ...erased, ...(o.dryRun ? { audit_log: 0 } : privileged) };
      if (!o.dryRun) {
        await recordAudit(tx, { tenantId, actorUserId: o.actor.userId, action: 'retention.apply', target: round.id, details: { round: round.name, asOf: o.asOf.toISOString().slice(0, 10), months, rows: all, via: o.actor.via } });
      }
      return all;
    });
    leftEmails.push(...left.flatMap((p) => p.emails));
    report.rounds.push({ roundId: round.id, name: round.name, closedAt: round.closedAt, dueAt: dueDay(round.closedAt, months), counts });
  }
  report.accounts = await removeOrphanAccounts(db, leftEmails, o.dryRun);
  return report;
}
