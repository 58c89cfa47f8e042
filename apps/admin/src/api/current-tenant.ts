import { useQuery } from '@tanstack/vue-query';
import { computed } from 'vue';
import { useSessionStore } from '../stores/session.ts';
import { useTenantStore } from '../stores/tenant.ts';
import { trpc } from './trpc.ts';

/** vue-query keys of tenant data, so a save can refresh every view that shows it. */
export const tenantKeys = {
  all: ['tenants'] as const,
  current: (tenantId: string | null) => ['tenant', tenantId] as const,
};

/** The tenant the console works in, with its settings, branding and the caller's role there. */
export function useCurrentTenant() {
  const store = useTenantStore();
  const session = useSessionStore();
  return useQuery({
    queryKey: computed(() => tenantKeys.current(store.currentTenantId)),
    queryFn: () => {
      if (!store.currentTenantId) throw new Error('no tenant chosen');
      return trpc.tenant.current.query({ tenantId: store.currentTenantId });
    },
    enabled: computed(() => Boolean(store.currentTenantId && session.user)),
    staleTime: 60_000,
  });
}
