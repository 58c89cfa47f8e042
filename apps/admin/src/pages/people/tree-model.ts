import type { TreeNode } from './people-api.ts';

/** One visible row of the tree: a person, how deep, and where among their siblings (for aria-setsize/posinset). */
export interface TreeRow {
  node: TreeNode;
  level: number;
  expanded: boolean;
  loading: boolean;
  setSize: number;
  posInSet: number;
  parentId: string | null;
}

/** What the tree knows so far: children are loaded lazily, one manager at a time. */
export interface TreeState {
  /** The tops of every chain, once loaded. */
  roots: TreeNode[] | undefined;
  /** Direct reports per manager id, for the managers loaded so far. */
  children: ReadonlyMap<string, TreeNode[]>;
  expanded: ReadonlySet<string>;
  loading: ReadonlySet<string>;
}

/**
 * The rows a reader sees, top to bottom: every loaded top, and below each expanded person
 * their loaded reports. Iterative, so a deep chain cannot overflow the stack.
 */
export function visibleRows(state: TreeState): TreeRow[] {
  const rows: TreeRow[] = [];
  const stack: { nodes: TreeNode[]; index: number; level: number; parentId: string | null }[] = [];
  if (state.roots) stack.push({ nodes: state.roots, index: 0, level: 1, parentId: null });
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.index]!;
    frame.index++;
    const expanded = state.expanded.has(node.personId) && node.directReports > 0;
    rows.push({ node, level: frame.level, expanded, loading: state.loading.has(node.personId), setSize: frame.nodes.length, posInSet: frame.index, parentId: frame.parentId });
    const kids = expanded ? state.children.get(node.personId) : undefined;
    if (kids) stack.push({ nodes: kids, index: 0, level: frame.level + 1, parentId: node.personId });
  }
  return rows;
}

/** Where keyboard focus goes for a key, following the WAI-ARIA tree pattern; null when the key is not the tree's. */
export function nextActive(rows: readonly TreeRow[], active: number, key: string): { index: number; toggle?: 'expand' | 'collapse' } | null {
  const row = rows[active];
  if (!row) return rows.length > 0 ? { index: 0 } : null;
  switch (key) {
    case 'ArrowDown':
      return { index: Math.min(rows.length - 1, active + 1) };
    case 'ArrowUp':
      return { index: Math.max(0, active - 1) };
    case 'Home':
      return { index: 0 };
    case 'End':
      return { index: rows.length - 1 };
    case 'ArrowRight':
      if (row.node.directReports > 0 && !row.expanded) return { index: active, toggle: 'expand' };
      return { index: row.expanded && rows[active + 1]?.parentId === row.node.personId ? active + 1 : active };
    case 'ArrowLeft': {
      if (row.expanded) return { index: active, toggle: 'collapse' };
      const parent = rows.findIndex((r) => r.node.personId === row.parentId);
      return { index: parent >= 0 ? parent : active };
    }
    default:
      return null;
  }
}
