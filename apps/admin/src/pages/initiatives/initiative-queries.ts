/** Query keys of the initiatives pages, per tenant, so one invalidation refreshes them all. */
export const initiativeKeys = {
  all: (tenantId: string) => ['initiatives', tenantId] as const,
  list: (tenantId: string) => ['initiatives', tenantId, 'list'] as const,
  mine: (tenantId: string) => ['initiatives', tenantId, 'mine'] as const,
  one: (tenantId: string, id: string) => ['initiatives', tenantId, 'one', id] as const,
};

/** Where the console downloads one file of an initiative's material (the server's plain GET route). */
export function materialFileUrl(tenantId: string, initiativeId: string, fileId: string): string {
  return `/api/initiatives/${tenantId}/${initiativeId}/files/${fileId}`;
}
