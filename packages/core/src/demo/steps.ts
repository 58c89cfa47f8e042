import type { Database, Kysely } from '@spejl/db';
import type { UserSummary } from '../accounts/users.ts';
import type { Mailer } from '../mail/transport.ts';
import type { Tenant } from '../tenants/tenants.ts';
import { demoPeopleStep } from './people.ts';
import { demoClosedRoundStep } from './closed-round.ts';
import { demoEarlierRoundsStep } from './earlier-rounds.ts';
import { demoFollowUpStep } from './follow-up-plan.ts';
import { demoInitiativeStep } from './demo-initiative.ts';
import { demoLeaderStep } from './leader-account.ts';
import { demoDialogueMeetingStep } from './demo-dialogue-meeting.ts';
import { demoRoundStep } from './round.ts';
import { demoSectorStep } from './sector-municipalities.ts';

/** What every demo step can use: the demo tenant and its people so far. */
export interface DemoContext {
  db: Kysely<Database>;
  mailer: Mailer;
  tenant: Tenant;
  operator: UserSummary;
  admin: UserSummary;
  /** The password of the demo leader account (see leader-account.ts). */
  leaderPassword: string;
}

/** One part of the demo data (people, a round, answers …); steps run in order, once, on an empty demo tenant. */
export interface DemoStep {
  name: string;
  run(context: DemoContext): Promise<void>;
}

/**
 * The demo's steps after the tenant and its admin exist. Later features append theirs
 * (e.g. `people`, then `round`, then `answers`) so `pnpm start` shows them with data.
 */
export const demoSteps: DemoStep[] = [demoPeopleStep, demoClosedRoundStep, demoEarlierRoundsStep, demoLeaderStep, demoFollowUpStep, demoDialogueMeetingStep, demoInitiativeStep, demoRoundStep, demoSectorStep];
