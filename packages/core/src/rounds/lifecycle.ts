import { sql, tenantOf, type TenantTx } from '@spejl/db';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import { codedZodIssues } from '../errors/zod-issues.ts';
import { DEFAULT_ROUND_TEXTS } from './default-texts.ts';
import { unpairForms } from './form-unpairing.ts';
import { defaultReminderPlan } from './reminder-plan.ts';
import { refusalsAsConflicts } from './round-conflicts.ts';
import { roundSettingsSchema, DEFAULT_OPEN_DAYS, type RoundSettingsInput } from './round-input.ts';
import { toRound, type Round } from './round.ts';
import { pinThemes, type ThemeSource } from './theme-pinning.ts';

const DAY = 86_400_000;

/** Parses settings with zod, reporting every problem with its path. */
export function parseSettings(input: RoundSettingsInput) {
  const parsed = roundSettingsSchema.safeParse(input);
  if (!parsed.success) {
    throw codedError('BAD_INPUT', 'round.invalidSettings', {}, codedZodIssues(parsed.error));
  }
  return parsed.data;
}

function settingsColumns(input: RoundSettingsInput, themes: ThemeSource, now: Date, timeZone: string) {
  const s = parseSettings(input);
  const opensAt = s.opensAt ?? now;
  const closesAt = s.closesAt ?? new Date(opensAt.getTime() + DEFAULT_OPEN_DAYS * DAY);
  if (closesAt <= opensAt) throw codedError('BAD_INPUT', 'round.closesBeforeOpens', {}, [codedIssue('round.closesBeforeOpens', {}, { path: 'closesAt' })]);
  // A draft closing in the past could never be launched, and launch would say so only at the end.
  if (closesAt <= now) throw codedError('BAD_INPUT', 'round.closesInPast', {}, [codedIssue('round.closesInPast', {}, { path: 'closesAt' })]);
  const outside = (s.reminders ?? []).findIndex((r) => r <= opensAt || r >= closesAt);
  if (outside >= 0) throw codedError('BAD_INPUT', 'round.reminderOutside', {}, [codedIssue('round.reminderOutside', {}, { path: `reminders.${outside}` })]);
  const reminders = s.reminders ? s.reminders.map((r) => ({ at: r.toISOString() })) : defaultReminderPlan(opensAt, closesAt, undefined, timeZone);
  const { themes: pinned, items, questions } = pinThemes(themes, s.themes);
  return {
    name: s.name,
    themes: JSON.stringify(pinned),
    items: JSON.stringify(items),
    questions: JSON.stringify(questions),
    scope: JSON.stringify(s.scope),
    exempt_leader_ids: s.exemptLeaderIds,
    opens_at: opensAt,
    closes_at: closesAt,
    reminders: JSON.stringify(reminders),
    texts: JSON.stringify(s.texts ?? DEFAULT_ROUND_TEXTS),
  };
}

/** The zone the tenant's clocks show: default reminders go out in its working hours. */
async function tenantTimeZone(tx: TenantTx): Promise<string> {
  const row = await tx.selectFrom('tenants').select('time_zone').where('id', '=', tenantOf(tx)).executeTakeFirstOrThrow();
  return row.time_zone;
}

/** Creates a draft round; themes are pinned (content copied) now, so later releases change nothing. */
export async function createRound(tx: TenantTx, tenantId: string, input: RoundSettingsInput, themes: ThemeSource, now = new Date()): Promise<Round> {
  const row = await tx.insertInto('rounds').values({ tenant_id: tenantId, ...settingsColumns(input, themes, now, await tenantTimeZone(tx)) }).returningAll().executeTakeFirstOrThrow();
  return toRound(row);
}

/** Changes a draft round's settings, its dates too (checked as at creation); the database refuses once it has launched. */
export async function updateRound(tx: TenantTx, roundId: string, input: RoundSettingsInput, themes: ThemeSource, now = new Date()): Promise<Round> {
  const current = await getRound(tx, roundId);
  if (current.status !== 'draft') throw codedError('CONFLICT', 'round.settingsFrozen', { status: current.status });
  const zone = await tenantTimeZone(tx);
  const row = await refusalsAsConflicts(() =>
    tx.updateTable('rounds').set(settingsColumns(input, themes, now, zone)).where('id', '=', roundId).where('status', '=', 'draft').returningAll().executeTakeFirst(),
  );
  return toRound(row);
}

/** One round of the current tenant, or NOT_FOUND. */
export async function getRound(tx: TenantTx, roundId: string, lock = false): Promise<Round> {
  let query = tx.selectFrom('rounds').selectAll().where('id', '=', roundId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'round.notFound', {});
  return toRound(row);
}

/** The tenant's main rounds, newest first (a round's pulses are listed with it, pulses/). */
export async function listRounds(tx: TenantTx): Promise<Round[]> {
  const rows = await tx.selectFrom('rounds').selectAll().where('parent_round_id', 'is', null).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(toRound);
}

/**
 * Pins the tenant's report settings to the round as it closes: every way of closing (console, CLI,
 * import) pins the same way. Single-server databases also do this in a trigger (migration 0005);
 * whichever comes first wins.
 */
async function pinReportSettings(tx: TenantTx, tenantId: string, roundId: string): Promise<void> {
  const current = await tx.selectFrom('report_settings').select('reports').executeTakeFirst();
  await tx.insertInto('round_report_settings')
    .values({ tenant_id: tenantId, round_id: roundId, reports: JSON.stringify(current?.reports ?? {}) })
    .onConflict((c) => c.columns(['tenant_id', 'round_id']).doNothing())
    .execute();
}

/**
 * Closes an open round: links stop working, answers are final, and nothing stored pairs a form
 * with a person any more (form-unpairing.ts).
 */
export async function closeRound(tx: TenantTx, roundId: string, now = new Date()): Promise<Round> {
  const round = await getRound(tx, roundId, true);
  if (round.status !== 'open') throw codedError('CONFLICT', 'round.onlyOpenCloses', { status: round.status });
  // Waits for the tenant's in-flight submissions and holds new ones back until the close commits;
  // they then see the round closed (survey_submit reads the round after taking the lock shared).
  await sql`select pg_advisory_xact_lock(hashtextextended(${`spejl.round_forms:${tenantOf(tx)}`}, 0))`.execute(tx);
  const row = await refusalsAsConflicts(() =>
    // Without review a round's comments are released as it closes; with it they wait for an analyst (comments/comment-release.ts).
    tx.updateTable('rounds').set({ status: 'closed', closed_at: now, comments_released_at: round.commentReview ? null : now })
      .where('id', '=', roundId).where('status', '=', 'open').returningAll().executeTakeFirst(),
  );
  await pinReportSettings(tx, row.tenant_id, roundId);
  // After the status update: the guards let only the transaction that closed the round rewrite its forms.
  await unpairForms(tx, roundId);
  return toRound(row);
}

/** Moves the closing date of an open round later. */
export async function extendRound(tx: TenantTx, roundId: string, closesAt: Date): Promise<Round> {
  const round = await getRound(tx, roundId, true);
  if (round.status !== 'open') throw codedError('CONFLICT', 'round.onlyOpenExtends', { status: round.status });
  if (closesAt <= round.closesAt) throw codedError('BAD_INPUT', 'round.extendEarlier', {}, [codedIssue('round.extendEarlier', {}, { path: 'closesAt' })]);
  const row = await refusalsAsConflicts(() => tx.updateTable('rounds').set({ closes_at: closesAt })
    .where('id', '=', roundId).where('status', '=', 'open').where('closes_at', '<', closesAt).returningAll().executeTakeFirst());
  return toRound(row);
}

/** Archives a closed round: nothing changes any more, reports stay readable. */
export async function archiveRound(tx: TenantTx, roundId: string, now = new Date()): Promise<Round> {
  const round = await getRound(tx, roundId, true);
  if (round.status !== 'closed') throw codedError('CONFLICT', 'round.onlyClosedArchives', { status: round.status });
  // Comments waiting for review would never reach a report once archived (only a closed round's are released).
  if (!round.commentsReleasedAt) throw codedError('CONFLICT', 'commentReview.archiveBeforeRelease', {});
  const row = await refusalsAsConflicts(() => tx.updateTable('rounds').set({ status: 'archived', archived_at: now })
    .where('id', '=', roundId).where('status', '=', 'closed').where('comments_released_at', 'is not', null).returningAll().executeTakeFirst());
  return toRound(row);
}

/** Deletes a draft round (launched rounds are kept: the database refuses). */
export async function deleteRound(tx: TenantTx, roundId: string): Promise<void> {
  const round = await getRound(tx, roundId, true);
  if (round.status !== 'draft') throw codedError('CONFLICT', 'round.onlyDraftDeletes', { status: round.status });
  await refusalsAsConflicts(() => tx.deleteFrom('rounds').where('id', '=', roundId).where('status', '=', 'draft').returning('id').executeTakeFirst());
}
