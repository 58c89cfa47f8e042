import { trpc } from '../../api/trpc.ts';

/** Query keys of the follow-up pages: everything about one tenant's plans invalidates together. */
export const followUpKeys = {
  all: (tenantId: string) => ['follow-up', tenantId] as const,
  plan: (tenantId: string, planId: string, locale: string) => ['follow-up', tenantId, 'plan', planId, locale] as const,
  chain: (tenantId: string, roundId: string, leaderId: string | null, locale: string) => ['follow-up', tenantId, 'chain', roundId, leaderId, locale] as const,
  settings: (tenantId: string) => ['follow-up', tenantId, 'settings'] as const,
};

/** A plan as the server shows it to the caller. */
export type PlanView = Awaited<ReturnType<typeof trpc.followUp.get.query>>;
/** What the leader edits and saves. */
export type PlanDraft = Parameters<typeof trpc.followUp.save.mutate>[0]['draft'];
/** One focus point of a draft. */
export type FocusPointDraft = PlanDraft['focusPoints'][number];
/** A chain's follow-up status. */
export type ChainStatus = Awaited<ReturnType<typeof trpc.followUp.chainStatus.query>>;

/** The value a theme-or-item choice has in the select: the theme id, or theme and item. */
export function focusTarget(p: { themeId: string; itemId: string | null }): string {
  return p.itemId === null ? p.themeId : `${p.themeId}/${p.itemId}`;
}

/** The theme and item a select value names. */
export function fromFocusTarget(value: string): { themeId: string; itemId: string | null } {
  const [themeId = '', itemId] = value.split('/');
  return { themeId, itemId: itemId ?? null };
}

/** The label of a focus point's theme or item, from the plan's themes. */
export function focusLabel(plan: Pick<PlanView, 'themes'>, p: { themeId: string; itemId: string | null }): string {
  const theme = plan.themes.find((t) => t.id === p.themeId);
  if (!theme) return p.themeId;
  if (p.itemId === null) return theme.title;
  return `${theme.title}: ${theme.items.find((i) => i.id === p.itemId)?.label ?? p.itemId}`;
}

/** The draft a loaded plan holds, for the leader's form. */
export function draftOf(plan: PlanView): PlanDraft {
  const notes = plan.text?.readingNotes ?? [];
  return {
    readingNotes: [notes[0] ?? '', notes[1] ?? '', notes[2] ?? ''],
    focusPoints: plan.focusPoints.map((p) => ({ themeId: p.themeId, itemId: p.itemId, actions: p.actions ?? '', dueOn: p.dueOn, status: p.status })),
    talkAt: plan.talkAt,
    agreements: plan.text?.agreements ?? '',
    talkHeld: plan.talkHeld,
  };
}
