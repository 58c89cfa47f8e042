import { useQuery } from '@tanstack/vue-query';
import { computed } from 'vue';
import { trpc } from '../../api/trpc.ts';
import { useTenantStore } from '../../stores/tenant.ts';

/** vue-query keys of a tenant's theme catalogue (themes, framing, faggrupper) and local questions. */
export const themeKeys = {
  catalog: (tenantId: string) => ['themes', tenantId, 'catalog'] as const,
  local: (tenantId: string) => ['themes', tenantId, 'local'] as const,
};

/** The current tenant's catalogue; every theme page reads it. */
export function useThemeCatalog() {
  const tenants = useTenantStore();
  const tenantId = computed(() => tenants.currentTenantId ?? '');
  const query = useQuery({
    queryKey: computed(() => themeKeys.catalog(tenantId.value)),
    queryFn: () => trpc.themes.catalog.query({ tenantId: tenantId.value }),
    enabled: computed(() => Boolean(tenants.current)),
  });
  return { tenantId, query };
}
