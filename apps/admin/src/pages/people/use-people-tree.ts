import { computed, ref, shallowRef } from 'vue';
import { trpc } from '../../api/trpc.ts';
import type { TreeNode } from './people-api.ts';
import { visibleRows } from './tree-model.ts';

/**
 * The lazily loaded tree of one tenant: tops first, a manager's reports when they are
 * expanded, so 40,000 people never travel at once.
 */
export function usePeopleTree(tenantId: () => string) {
  const roots = shallowRef<TreeNode[] | undefined>(undefined);
  const children = shallowRef(new Map<string, TreeNode[]>());
  const expanded = shallowRef(new Set<string>());
  const loading = shallowRef(new Set<string>());
  const error = ref<unknown>(null);

  const rows = computed(() => visibleRows({ roots: roots.value, children: children.value, expanded: expanded.value, loading: loading.value }));

  function setLoading(id: string, on: boolean): void {
    const next = new Set(loading.value);
    if (on) next.add(id);
    else next.delete(id);
    loading.value = next;
  }

  async function loadChildren(managerId: string): Promise<void> {
    setLoading(managerId, true);
    try {
      const kids = await trpc.people.children.query({ tenantId: tenantId(), managerId });
      children.value = new Map(children.value).set(managerId, kids);
    } catch (e) {
      error.value = e;
    } finally {
      setLoading(managerId, false);
    }
  }

  async function loadRoots(): Promise<void> {
    try {
      roots.value = await trpc.people.children.query({ tenantId: tenantId(), managerId: null });
      error.value = null;
    } catch (e) {
      error.value = e;
    }
  }

  async function expand(id: string): Promise<void> {
    expanded.value = new Set(expanded.value).add(id);
    if (!children.value.has(id)) await loadChildren(id);
  }

  function collapse(id: string): void {
    const next = new Set(expanded.value);
    next.delete(id);
    expanded.value = next;
  }

  async function toggle(id: string): Promise<void> {
    if (expanded.value.has(id)) collapse(id);
    else await expand(id);
  }

  /** Opens every manager on the way down to a person (ids from the top), so they show in the tree. */
  async function reveal(path: readonly string[]): Promise<void> {
    if (!roots.value) await loadRoots();
    for (const id of path) await expand(id);
  }

  /** Reloads every level already loaded, after an edit or an import, keeping what was open. */
  async function refresh(): Promise<void> {
    const loaded = [...children.value.keys()].filter((id) => expanded.value.has(id));
    children.value = new Map();
    await loadRoots();
    await Promise.all(loaded.map((id) => loadChildren(id)));
  }

  return { rows, error, loadRoots, toggle, expand, collapse, reveal, refresh };
}
