import { router } from './trpc.ts';
import { tenantRouter } from './routers/tenant.ts';

/** Every router of the API, one per concept. */
export const appRouter = router({
  tenant: tenantRouter,
});

/** The API's type; the console's tRPC client is typed by it. */
export type AppRouter = typeof appRouter;
