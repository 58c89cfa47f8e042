import { withTenant, type TenantTx } from '@spejl/db';
import { saveMeetingPlan } from '../dialogue-meeting/meeting-store.ts';
import { DEMO_LEADER_EMAIL } from './leader-account.ts';
import type { DemoStep } from './steps.ts';

/** Days after the round closed that the demo leader meets their staff: the official process says within a couple of weeks. */
const DAYS_AFTER_CLOSE = 14;

async function planDemoMeeting(tx: TenantTx, tenantId: string): Promise<void> {
  const leader = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id')
    .select(['memberships.user_id', 'memberships.person_id'])
    .where('memberships.tenant_id', '=', tenantId).where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirst();
  const round = await tx.selectFrom('rounds').select(['id', 'themes', 'closed_at'])
    .where('tenant_id', '=', tenantId).where('status', '=', 'closed').orderBy('closed_at', 'desc').executeTakeFirst();
  if (!leader?.person_id || !round?.closed_at) throw new Error('the demo dialogue meeting needs the demo leader account and the closed round');
  const day = new Date(round.closed_at.getTime() + DAYS_AFTER_CLOSE * 86_400_000).toISOString().slice(0, 10);
  const plan = { model: 'one-hour' as const, date: day, startTime: '09:00', themeIds: round.themes.slice(0, 2).map((t) => t.id) };
  await saveMeetingPlan(tx, tenantId, round.id, leader.person_id, plan, leader.user_id);
}

/** Demo step: the demo leader has planned a one-hour dialogue meeting with their staff about the closed round. */
export const demoDialogueMeetingStep: DemoStep = {
  name: 'dialogue-meeting',
  run: ({ db, tenant }) => withTenant(db, tenant.id, (tx) => planDemoMeeting(tx, tenant.id)),
};
