import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@spejl/api';

/** The typed API client; same origin, so the session cookie rides along. Use it inside vue-query's queryFn. */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc' })],
});
