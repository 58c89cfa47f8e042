import { trpc } from '../../api/trpc.ts';

/** One person as the tree shows them. */
export type TreeNode = Awaited<ReturnType<typeof trpc.people.children.query>>[number];
/** One person of the flat list, with their manager's name and how many report to them. */
export type PersonRow = Awaited<ReturnType<typeof trpc.people.list.query>>[number];
/** A search result with the chain above it. */
export type SearchHit = Awaited<ReturnType<typeof trpc.people.search.query>>[number];
/** A person opened in the side panel. */
export type PersonDetail = Awaited<ReturnType<typeof trpc.people.get.query>>;
/** What an upload would do. */
export type ImportPreview = Awaited<ReturnType<typeof trpc.people.previewImport.mutate>>;
/** The column mapping of an upload. */
export type ColumnMapping = ImportPreview['mapping'];
/** How a CSV upload is read (separator, whole-line quotes); empty means guessed. */
export type TableReading = ImportPreview['reading'];
/** How much of the organisation an import removes or moves, against the tenant's limit. */
export type LargeChange = NonNullable<ImportPreview['largeChange']>;
/** The named lists of a preview: samples of additions and edits, every leaver and mover. */
export type DiffSamples = NonNullable<ImportPreview['samples']>;

/** vue-query keys of the hierarchy, so an edit or import can refresh every view that shows people. */
export const peopleKeys = {
  all: (tenantId: string) => ['people', tenantId] as const,
  summary: (tenantId: string) => ['people', tenantId, 'summary'] as const,
  list: (tenantId: string) => ['people', tenantId, 'list'] as const,
  person: (tenantId: string, personId: string) => ['people', tenantId, 'person', personId] as const,
  search: (tenantId: string, query: string, outsideChainOf: string | null = null) => ['people', tenantId, 'search', query, outsideChainOf] as const,
  importSettings: (tenantId: string) => ['people', tenantId, 'importSettings'] as const,
  imports: (tenantId: string) => ['people', tenantId, 'imports'] as const,
};

/** The fields of the people file, in its order. */
export const PERSON_FIELDS = ['person_id', 'name', 'email', 'manager_id', 'faggruppe', 'unit_name', 'unit_code', 'language'] as const;
/** One field of the people file. */
export type PersonField = (typeof PERSON_FIELDS)[number];
