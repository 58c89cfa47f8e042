import { MutationCache, QueryCache } from '@tanstack/vue-query';
import { TRPCClientError } from '@trpc/client';
import type { Router } from 'vue-router';
import { useSessionStore } from '../stores/session.ts';
import { twoFactorRequirementOf } from './two-factor-required.ts';

function isUnauthorized(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null && 'code' in data && data.code === 'UNAUTHORIZED';
}

/**
 * Query and mutation caches that notice a session ending mid-work (expired, revoked by a password
 * reset elsewhere) and send the person to the login page, which says why and brings them back; and
 * a refusal for want of two-factor, which sends them to set it up.
 */
export function sessionExpiryCaches(router: Router): { queryCache: QueryCache; mutationCache: MutationCache } {
  const onError = (error: unknown): void => {
    const required = twoFactorRequirementOf(error);
    if (required && router.currentRoute.value.name !== 'security') {
      void router.push({ name: 'security', query: { required } });
      return;
    }
    if (!isUnauthorized(error)) return;
    const current = router.currentRoute.value;
    if (current.meta.public) return;
    useSessionStore().user = null;
    void router.push({ name: 'login', query: { redirect: current.fullPath, expired: '1' } });
  };
  return { queryCache: new QueryCache({ onError }), mutationCache: new MutationCache({ onError }) };
}
