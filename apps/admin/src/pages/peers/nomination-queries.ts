/** Query keys of the peer nominations page: everything about one tenant's nominations invalidates together. */
export const nominationKeys = {
  all: (tenantId: string) => ['peer-nominations', tenantId] as const,
  list: (tenantId: string) => ['peer-nominations', tenantId, 'list'] as const,
  candidates: (tenantId: string, roundId: string, query: string) => ['peer-nominations', tenantId, 'candidates', roundId, query] as const,
};
