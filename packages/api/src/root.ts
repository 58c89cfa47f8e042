import { router } from './trpc.ts';
import { auditRouter } from './routers/audit.ts';
import { commentsRouter } from './routers/comments.ts';
import { dialogueMeetingRouter } from './routers/dialogue-meeting.ts';
import { followUpRouter } from './routers/follow-up.ts';
import { initiativesRouter } from './routers/initiatives.ts';
import { lettersRouter } from './routers/letters.ts';
import { languagesRouter } from './routers/languages.ts';
import { meRouter } from './routers/me.ts';
import { membersRouter } from './routers/members.ts';
import { operatorRouter } from './routers/operator.ts';
import { outboxRouter } from './routers/outbox.ts';
import { peersRouter } from './routers/peers.ts';
import { unitMappingsRouter } from './routers/unit-mappings.ts';
import { peopleRouter } from './routers/people.ts';
import { privacyRouter } from './routers/privacy.ts';
import { pulsesRouter } from './routers/pulses.ts';
import { reportsRouter } from './routers/reports.ts';
import { responsesRouter } from './routers/responses.ts';
import { roundsRouter } from './routers/rounds.ts';
import { safetyNetRouter } from './routers/safetynet.ts';
import { ssoRouter } from './routers/sso.ts';
import { tenantRouter } from './routers/tenant.ts';
import { themesRouter } from './routers/themes.ts';
import { twoFactorRouter } from './routers/two-factor.ts';

/** Every router of the API, one per concept. */
export const appRouter = router({
  audit: auditRouter,
  comments: commentsRouter,
  dialogueMeeting: dialogueMeetingRouter,
  followUp: followUpRouter,
  initiatives: initiativesRouter,
  letters: lettersRouter,
  languages: languagesRouter,
  me: meRouter,
  members: membersRouter,
  operator: operatorRouter,
  outbox: outboxRouter,
  privacy: privacyRouter,
  peers: peersRouter,
  unitMappings: unitMappingsRouter,
  people: peopleRouter,
  pulses: pulsesRouter,
  reports: reportsRouter,
  responses: responsesRouter,
  rounds: roundsRouter,
  safetyNet: safetyNetRouter,
  sso: ssoRouter,
  tenant: tenantRouter,
  themes: themesRouter,
  twoFactor: twoFactorRouter,
});

/** The API's type; the console's tRPC client is typed by it. */
export type AppRouter = typeof appRouter;
