import type { TenantTx } from '@spejl/db';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import { linkSecret, newLinkSalt, tokenHash, type LinkKey } from '../survey/link-token.ts';
import { settleRoundPeers } from '../peers/launch-peers.ts';
import { deriveForms, subjectsInScope } from './form-derivation.ts';
import { getRound } from './lifecycle.ts';
import { refusalsAsConflicts } from './round-conflicts.ts';
import { toRound, type Round } from './round.ts';
import { effectiveCommentThreshold } from '../comments/comment-threshold.ts';
import type { HierarchySnapshots } from './snapshot-source.ts';
import { copySnapshot } from '../hierarchy/snapshot-copy.ts';
import { pulseForms } from './pulse-forms.ts';

/** What launching needs besides the transaction: the hierarchy snapshot and the link key. */
export interface LaunchDeps {
  snapshots: HierarchySnapshots;
  linkKey: LinkKey;
}

/** What launch did, for the console and the CLI. */
export interface LaunchResult {
  round: Round;
  subjects: number;
  respondents: number;
  forms: number;
}

const CHUNK = 1000;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Launches a draft round: freezes the hierarchy snapshot, derives every form from it, gives each
 * respondent one personal link, locks the tenant's anonymity thresholds (k and the peers') into the round, opens it
 * and queues the invitations (sent from the opening date on). All in the caller's transaction.
 */
export async function launchRound(tx: TenantTx, tenantId: string, roundId: string, deps: LaunchDeps, now = new Date()): Promise<LaunchResult> {
  const round = await getRound(tx, roundId, true);
  if (round.status !== 'draft') throw codedError('CONFLICT', 'round.onlyDraftLaunches', { status: round.status });
  if (round.closesAt <= now) throw codedError('BAD_INPUT', 'round.closingDatePassed', {}, [codedIssue('round.closingDatePassed', {}, { path: 'closesAt' })]);

  // A pulse asks its main round's teams as that round froze them (pulses/).
  if (round.parentRoundId) await copySnapshot(tx, round.parentRoundId, roundId);
  else await deps.snapshots.freeze(tx, roundId);
  const people = await deps.snapshots.people(tx, roundId);
  const inScope = subjectsInScope(people, round.scope, round.exemptLeaderIds);
  if (!inScope.length) throw codedError('BAD_INPUT', 'round.noLeaders', {}, [codedIssue('round.noLeaders', {}, { path: 'scope' })]);
  const { subjects, assignments } = round.parentRoundId
    ? pulseForms(people, round.scope.kind === 'chains' ? round.scope.leaderIds : [])
    : deriveForms(people, round.scope, round.exemptLeaderIds, await settleRoundPeers(tx, tenantId, roundId, round.themes, people, inScope));

  const tenant = await tx.selectFrom('tenants').select(['threshold', 'peer_threshold', 'comment_threshold', 'comment_review', 'locale']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  const byId = new Map(people.map((p) => [p.personId, p]));
  const respondentIds = [...new Set(assignments.map((a) => a.personId))];
  const respondents = respondentIds.map((id) => {
    const person = byId.get(id);
    const salt = newLinkSalt();
    return {
      tenant_id: tenantId,
      round_id: roundId,
      person_id: id,
      name: person?.name ?? id,
      email: person?.email ?? null,
      // The people file's language, else the organisation's: the respondent's language for the round.
      locale: person?.language ?? tenant.locale,
      faggruppe: person?.faggruppe ?? null,
      link_salt: salt,
      token_hash: tokenHash(linkSecret(deps.linkKey, salt)),
    };
  });
  await inChunks(respondents, (chunk) => tx.insertInto('round_respondents').values(chunk).execute());
  await inChunks(assignments, (chunk) =>
    tx.insertInto('round_assignments').values(chunk.map((a) => ({ tenant_id: tenantId, round_id: roundId, person_id: a.personId, slot: a.slot, subject_id: a.subjectId, role: a.role }))).execute(),
  );
  const withEmail = respondents.filter((r) => r.email);
  await inChunks(withEmail, (chunk) =>
    tx.insertInto('round_messages').values(chunk.map((r) => ({ tenant_id: tenantId, round_id: roundId, person_id: r.person_id, kind: 'invitation' as const, next_attempt_at: round.opensAt > now ? round.opensAt : now }))).execute(),
  );
  const row = await refusalsAsConflicts(() =>
    tx.updateTable('rounds').set({ status: 'open', threshold: tenant.threshold, peer_threshold: tenant.peer_threshold, comment_threshold: effectiveCommentThreshold(tenant.threshold, tenant.comment_threshold), comment_review: tenant.comment_review, launched_at: now }).where('id', '=', roundId).where('status', '=', 'draft').returningAll().executeTakeFirst(),
  );
  return { round: toRound(row), subjects: subjects.length, respondents: respondents.length, forms: assignments.length };
}
