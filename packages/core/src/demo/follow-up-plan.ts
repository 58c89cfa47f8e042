import { withTenant } from '@spejl/db';
import { loadPlan, openOwnPlan, savePlan } from '../follow-up/plan-store.ts';
import { loadRoundResults } from '../reports/round-reports.ts';
import { DEMO_LEADER_EMAIL } from './leader-account.ts';
import type { DemoStep } from './steps.ts';

const DAY = 86_400_000;

/**
 * Demo step: the demo leader's follow-up plan for last year's round, in progress: notes to the
 * reading questions, two focus points under way and the talk with their superior booked for next
 * week, so a newcomer sees a plan half written and its superior a talk to prepare.
 */
export const demoFollowUpStep: DemoStep = {
  name: 'follow-up-plan',
  async run({ db, tenant }) {
    const { reports } = await import('@spejl/plugin-registry');
    await withTenant(db, tenant.id, async (tx) => {
      const member = await tx
        .selectFrom('memberships')
        .innerJoin('user', 'user.id', 'memberships.user_id')
        .select(['memberships.role', 'memberships.person_id'])
        .where('memberships.tenant_id', '=', tenant.id)
        .where('user.email', '=', DEMO_LEADER_EMAIL)
        .executeTakeFirstOrThrow();
      const round = await tx.selectFrom('rounds').select('id').where('tenant_id', '=', tenant.id).where('status', '=', 'closed').orderBy('closed_at', 'desc').executeTakeFirstOrThrow();
      const results = await loadRoundResults(tx, tenant.id, round.id, reports);
      const planId = await openOwnPlan(tx, tenant.id, { role: member.role, personId: member.person_id }, results);
      const [first, second] = results.source.themes;
      const plan = (await loadPlan(tx, tenant.id, planId))!;
      const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
      await savePlan(tx, tenant.id, plan, results, plan.revision, {
        readingNotes: [
          'At medarbejderne oplever, at vi taler om borgernes behov i hverdagen.',
          'Hvordan vi følger op på borgernes oplevelse af kvaliteten.',
          'Hvad der ligger bag de lavere svar om balancen mellem regler og borgerens situation.',
        ],
        focusPoints: [
          ...(first ? [{ themeId: first.id, itemId: first.items[1]?.id ?? null, actions: 'Tage en konkret borgersag op på hvert andet personalemøde og drøfte, hvordan reglerne blev brugt.', dueOn: day(60), status: 'in-progress' as const }] : []),
          ...(second ? [{ themeId: second.id, itemId: null, actions: 'Aftale faste sparringsmøder med teamlederne én gang om måneden.', dueOn: day(90), status: 'not-started' as const }] : []),
        ],
        talkAt: new Date(Date.now() + 7 * DAY).toISOString(),
        agreements: '',
        talkHeld: false,
      });
    });
  },
};
