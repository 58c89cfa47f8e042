import { useI18n } from 'vue-i18n';
import { useRouter, type RouteLocationRaw } from 'vue-router';
import { useNotify } from '../../layout/notify.ts';
import { useTenantStore } from '../../stores/tenant.ts';

/** Switches an operator into a tenant and opens a page there (a round's results, say), saying which tenant they now work in. */
export function useWorkInTenant(): (tenant: { id: string; name: string }, to: RouteLocationRaw) => Promise<void> {
  const { t } = useI18n();
  const router = useRouter();
  const notify = useNotify();
  const tenants = useTenantStore();
  return async (tenant, to) => {
    if (!tenants.choices.some((c) => c.id === tenant.id)) await tenants.refresh();
    tenants.choose(tenant.id);
    notify.success(t('layout.tenantSwitcher.switched', { name: tenant.name }));
    await router.push(to);
  };
}
