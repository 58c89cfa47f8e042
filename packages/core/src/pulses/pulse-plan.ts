import type { PinnedTheme, RoundItem, TenantTx } from '@spejl/db';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import { snapshotPeople } from '../hierarchy/snapshot.ts';
import { getRound } from '../rounds/lifecycle.ts';
import { subjectsInScope } from '../rounds/form-derivation.ts';
import { teamSizes } from '../rounds/pulse-forms.ts';
import type { Round } from '../rounds/round.ts';
import { loadPlan } from '../follow-up/plan-store.ts';
import { windowProblem, type PulseRequest } from './pulse-input.ts';
import { startsForOrganisation, type PulseCaller } from './pulse-starter.ts';
import { runningPulseLeaders } from './pulse-store.ts';

/** One team a pulse asks: its leader and how many direct employees the main round froze. */
export interface PulseTeam {
  readonly leaderId: string;
  readonly name: string;
  readonly size: number;
}

/** Everything checked before a pulse starts: what the console previews and what start creates. */
export interface PulsePlan {
  readonly parent: Round;
  readonly teams: readonly PulseTeam[];
  readonly items: readonly RoundItem[];
  /** The main round's themes cut down to the chosen statements, without open questions. */
  readonly themes: readonly PinnedTheme[];
  readonly threshold: number;
  readonly name: string;
  readonly opensAt: Date;
  readonly closesAt: Date;
}


function chosenThemes(parent: Round, items: PulseRequest['items']): PinnedTheme[] {
  const themes: PinnedTheme[] = [];
  items.forEach((chosen, i) => {
    const theme = parent.themes.find((t) => t.id === chosen.theme);
    const asked = (theme?.items as { id: string }[] | undefined)?.some((item) => item.id === chosen.item);
    const employees = (theme?.roles as string[] | undefined)?.includes('employee');
    if (!theme || !asked || !employees) throw codedError('BAD_INPUT', 'pulse.itemNotInRound', { item: `${chosen.theme}.${chosen.item}` }, [codedIssue('pulse.itemNotInRound', { item: `${chosen.theme}.${chosen.item}` }, { path: `items.${i}` })]);
  });
  // In the main round's order, so the form reads as it did then.
  for (const theme of parent.themes) {
    const kept = (theme.items as { id: string }[]).filter((item) => items.some((c) => c.theme === theme.id && c.item === item.id));
    if (kept.length) themes.push({ ...theme, items: kept, questions: [] });
  }
  return themes;
}

async function ownPlan(tx: TenantTx, tenantId: string, caller: PulseCaller, parentRoundId: string, planId: string | null): Promise<void> {
  if (planId === null) return;
  const plan = await loadPlan(tx, tenantId, planId);
  if (!plan || plan.roundId !== parentRoundId || plan.leaderId !== caller.personId) throw codedError('NOT_FOUND', 'followUp.notFound', {});
}

/**
 * Checks a pulse request against the main round and the caller: a leader asks only their own team,
 * from a round that evaluated them; an admin asks chosen teams or every team large enough. Every
 * team must have at least k direct employees in the main round, or no mean of it could ever be shown.
 */
export async function planPulse(tx: TenantTx, tenantId: string, caller: PulseCaller, request: PulseRequest, now = new Date()): Promise<PulsePlan> {
  const organisation = startsForOrganisation(caller);
  if (!organisation && (caller.role !== 'leader' || caller.personId === null)) throw codedError('FORBIDDEN', 'pulse.onlyLeaderOrAdmin', {});
  if (!organisation && (request.leaderIds?.length !== 1 || request.leaderIds[0] !== caller.personId)) throw codedError('FORBIDDEN', 'pulse.onlyOwnTeam', {});
  const parent = await getRound(tx, request.parentRoundId);
  if (parent.parentRoundId) throw codedError('BAD_INPUT', 'pulse.parentIsPulse', {});
  if (parent.status !== 'closed') throw codedError('CONFLICT', 'pulse.parentNotClosed', { round: parent.name });
  // Past its retention period the round's team has no names or addresses left to invite.
  const erased = await tx.selectFrom('rounds').select('personal_data_erased_at').where('id', '=', parent.id).executeTakeFirst();
  if (erased?.personal_data_erased_at) throw codedError('CONFLICT', 'pulse.parentErased', { round: parent.name });
  await ownPlan(tx, tenantId, caller, parent.id, request.planId);

  const people = await snapshotPeople(tx, parent.id);
  const subjects = new Set(subjectsInScope(people, parent.scope, parent.exemptLeaderIds));
  const sizes = teamSizes(people);
  const names = new Map(people.map((p) => [p.personId, p.name]));
  const threshold = parent.threshold ?? 5;
  const wanted = request.leaderIds ?? [...subjects].filter((id) => (sizes.get(id) ?? 0) >= threshold);
  if (!wanted.length) throw codedError('BAD_INPUT', 'pulse.noTeams', { k: threshold });
  const teams = wanted.map((leaderId) => {
    if (!subjects.has(leaderId)) throw codedError(organisation ? 'BAD_INPUT' : 'FORBIDDEN', 'pulse.notInRound', { leader: leaderId, round: parent.name });
    const size = sizes.get(leaderId) ?? 0;
    if (size < threshold) throw codedError('BAD_INPUT', 'pulse.teamTooSmall', { leader: names.get(leaderId) ?? leaderId, count: size, k: threshold });
    return { leaderId, name: names.get(leaderId) ?? leaderId, size };
  });
  const running = await runningPulseLeaders(tx, tenantId, parent.id, teams.map((t) => t.leaderId));
  if (running.length) throw codedError('CONFLICT', 'pulse.alreadyRunning', { leader: names.get(running[0]!) ?? running[0]! });

  const opensAt = request.opensAt && request.opensAt > now ? request.opensAt : now;
  const problem = windowProblem(opensAt, request.closesAt, now);
  if (problem) throw codedError('BAD_INPUT', `pulse.${problem}`, {}, [codedIssue(`pulse.${problem}`, {}, { path: 'closesAt' })]);
  const themes = chosenThemes(parent, request.items);
  const items = themes.flatMap((t) => (t.items as { id: string }[]).map((item) => ({ theme: t.id, item: item.id })));
  const name = request.name ?? `Puls: ${parent.name}`.slice(0, 200);
  return { parent, teams, items, themes, threshold, name, opensAt, closesAt: request.closesAt };
}
