import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { trpc } from '../api/trpc.ts';
import type { ConsoleRole } from '../layout/nav.ts';
import { useSessionStore } from './session.ts';
import type { LinkedSwitch } from './tenant-link.ts';

/** A tenant in the switcher, with the caller's role there. */
export type TenantChoice = Awaited<ReturnType<typeof trpc.tenant.mine.query>>[number];

const STORAGE_KEY = 'spejl.tenant';

/** The tenant the console works in, and the tenants the signed-in person may switch to. */
export const useTenantStore = defineStore('tenant', () => {
  const session = useSessionStore();
  const choices = ref<TenantChoice[]>([]);
  const currentTenantId = ref<string | null>(localStorage.getItem(STORAGE_KEY));
  /** Set when a link switched the organisation, so the console says so until dismissed or switched by hand. */
  const switchedByLink = ref<LinkedSwitch | null>(null);
  let loading: Promise<void> | null = null;

  const current = computed(() => choices.value.find((c) => c.id === currentTenantId.value) ?? null);
  /** The caller's role in the current tenant; operators are operators everywhere. */
  const role = computed<ConsoleRole | null>(() => (session.isOperator ? 'operator' : (current.value?.role ?? null)));

  /** Switches the console to another tenant (or to none); remembered across page loads. */
  function choose(id: string | null): void {
    switchedByLink.value = null;
    currentTenantId.value = id;
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  }

  /** Switches because a link asked to (`?tenant=`), remembering where the person worked before, so the console can say so. */
  function chooseFromLink(id: string): void {
    const previous = current.value?.name ?? null;
    choose(id);
    switchedByLink.value = { name: current.value?.name ?? id, previous };
  }

  /** The person has read the notice of a switch by link. */
  function dismissLinkedSwitch(): void {
    switchedByLink.value = null;
  }

  /**
   * Reloads the tenants the person may use and keeps the current one if still allowed. Members
   * otherwise start in their first tenant; operators start with none (at the tenant list).
   */
  async function refresh(): Promise<void> {
    choices.value = await trpc.tenant.mine.query();
    if (!current.value) choose(session.isOperator ? null : (choices.value[0]?.id ?? null));
  }

  /** Loads the choices once; later calls reuse them until `refresh()` or `reset()`. */
  function ensureLoaded(): Promise<void> {
    loading ??= refresh().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  }

  /** Forgets everything (on sign-out), so the next person starts clean. */
  function reset(): void {
    choices.value = [];
    loading = null;
    choose(null);
  }

  return { choices, currentTenantId, current, role, switchedByLink, choose, chooseFromLink, dismissLinkedSwitch, refresh, ensureLoaded, reset };
});
