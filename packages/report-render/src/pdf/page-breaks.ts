import type { PageNode, PageNodeQueries } from './pdfmake-types.ts';

/**
 * pdfmake's `pageBreakBefore` rule: a heading (or run of headings) that would end a page moves to the
 * next, so it stays with its chart or table. Page numbers in the footer (style `pageNumber`) do not count.
 */
export function strandedHeading(node: PageNode, nodes: PageNodeQueries): boolean {
  if (node.headlineLevel === undefined) return false;
  const after = nodes.getFollowingNodesOnPage().filter((n) => n.style !== 'pageNumber');
  return after.every((n) => n.headlineLevel !== undefined) && nodes.getNodesOnNextPage().some((n) => n.style !== 'pageNumber');
}
