import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@spejl/api';

/** The typed API client; same origin, so the session cookie rides along. Use it inside vue-query's queryFn. */
export const trpc = createTRPCClient<AppRouter>({
  // The server refuses batches of more than 16 calls (MAX_BATCH_CALLS in apps/server/src/app.ts).
  links: [httpBatchLink({ url: '/trpc', maxItems: 16 })],
});
