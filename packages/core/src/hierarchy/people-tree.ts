import { currentTenant, sql, type TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { searchQuery, type PersonRef } from './person.ts';

/** One person as the tree shows them: enough to draw a row and know whether it expands. */
export interface TreeNode {
  personId: string;
  name: string;
  email: string | null;
  managerId: string | null;
  faggruppe: string | null;
  unitName: string | null;
  exempt: boolean;
  directReports: number;
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Sorts people the way a Danish reader expects (æ, ø, å last; numbers by value). */
export function byDanishName<T extends { name: string; personId: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name) || collator.compare(a.personId, b.personId);
}

function nodes(tx: TenantTx) {
  return tx
    .selectFrom('people as p')
    .select(['p.person_id', 'p.name', 'p.email', 'p.manager_id', 'p.faggruppe', 'p.unit_name', 'p.exempt'])
    .select(sql<number>`(select count(*)::int from people c where c.tenant_id = ${currentTenant(tx)} and c.manager_id = p.person_id)`.as('direct_reports'));
}

type NodeRow = Awaited<ReturnType<ReturnType<typeof nodes>['execute']>>[number];

function toNode(r: NodeRow): TreeNode {
  return { personId: r.person_id, name: r.name, email: r.email, managerId: r.manager_id, faggruppe: r.faggruppe, unitName: r.unit_name, exempt: r.exempt, directReports: r.direct_reports };
}

/** The direct reports of a manager, or the tops of every chain when managerId is null: one level, for lazy trees. */
export async function listReports(tx: TenantTx, managerId: string | null): Promise<TreeNode[]> {
  const query = nodes(tx);
  const rows = await (managerId === null ? query.where('p.manager_id', 'is', null) : query.where('p.manager_id', '=', managerId)).execute();
  return rows.map(toNode).sort(byDanishName);
}

/** Ids and names from the top of the chain down to (and including) each given person, in one query. */
export async function pathsTo(tx: TenantTx, ids: readonly string[]): Promise<Map<string, PersonRef[]>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ start_id: string; person_id: string; name: string; depth: number }>`
    with recursive up(start_id, person_id, name, manager_id, depth) as (
      select p.person_id, p.person_id, p.name, p.manager_id, 0 from people p
      where p.tenant_id = ${currentTenant(tx)} and p.person_id = any(${[...ids]}::text[])
      union all
      select up.start_id, m.person_id, m.name, m.manager_id, up.depth + 1 from up
      join people m on m.tenant_id = ${currentTenant(tx)} and m.person_id = up.manager_id
      where up.depth < 10000
    ) select start_id, person_id, name, depth from up order by start_id, depth desc`.execute(tx);
  const paths = new Map<string, PersonRef[]>();
  for (const r of rows.rows) {
    const path = paths.get(r.start_id) ?? [];
    path.push({ personId: r.person_id, name: r.name });
    paths.set(r.start_id, path);
  }
  return paths;
}

/** A search result with the chain above it, so the tree can open down to it. */
export interface SearchHit extends TreeNode {
  /** From the top of the chain down to the person's manager. */
  path: PersonRef[];
}

/** What a search leaves out: a person and everyone below them (who cannot become that person's manager). */
export interface SearchOptions {
  outsideChainOf?: string;
}

/** The person and everyone below them, at any depth, as a condition that keeps them out. */
function outsideChain(tx: TenantTx, personId: string) {
  // UNION, not UNION ALL: even a cycle that slipped into the data ends the walk.
  return sql<boolean>`p.person_id not in (
    with recursive down(person_id) as (
      select s.person_id from people s where s.tenant_id = ${currentTenant(tx)} and s.person_id = ${personId}
      union
      select c.person_id from down join people c on c.tenant_id = ${currentTenant(tx)} and c.manager_id = down.person_id
    ) select person_id from down)`;
}

/**
 * Finds people by exact person_id first, then by name, id or email containing the query; server-side so 40,000 people never travel.
 * With `outsideChainOf`, that person and their chain are left out before the limit, so a manager picker lists only possible managers.
 */
export async function searchPeople(tx: TenantTx, query: string, limit = 50, options: SearchOptions = {}): Promise<SearchHit[]> {
  const q = searchQuery(query);
  if (q === '') return [];
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  let select = nodes(tx).where((eb) => eb.or([eb('p.person_id', '=', query.trim()), eb('p.search_key', 'like', `%${escaped}%`)]));
  if (options.outsideChainOf !== undefined) select = select.where(outsideChain(tx, options.outsideChainOf));
  const rows = await select
    .orderBy(sql`p.person_id = ${query.trim()}`, 'desc')
    .orderBy(sql`p.search_key like ${`${escaped}%`}`, 'desc')
    .orderBy('p.name')
    .limit(limit)
    .execute();
  const paths = await pathsTo(tx, rows.map((r) => r.person_id));
  return rows.map((r) => ({ ...toNode(r), path: (paths.get(r.person_id) ?? []).slice(0, -1) }));
}

/** Number of people below a person, at any depth. */
export async function chainSize(tx: TenantTx, personId: string): Promise<number> {
  const row = await sql<{ n: number }>`
    with recursive down(person_id, depth) as (
      select c.person_id, 1 from people c where c.tenant_id = ${currentTenant(tx)} and c.manager_id = ${personId}
      union all
      select c.person_id, down.depth + 1 from down
      join people c on c.tenant_id = ${currentTenant(tx)} and c.manager_id = down.person_id
      where down.depth < 10000
    ) select count(*)::int as n from down`.execute(tx);
  return row.rows[0]?.n ?? 0;
}

/** Everything the console shows when a person is opened. */
export interface PersonDetail extends TreeNode {
  exemptReason: string | null;
  manager: PersonRef | null;
  /** From the top of the chain down to the person's manager. */
  path: PersonRef[];
  reports: TreeNode[];
  /** Number of people below, at any depth. */
  chainSize: number;
}

/** One person with their superior, direct reports and the size of their chain. */
export async function getPerson(tx: TenantTx, personId: string): Promise<PersonDetail> {
  const row = await nodes(tx).select('p.exempt_reason').where('p.person_id', '=', personId).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'people.personNotFound', { personId });
  const [reports, paths, size] = [await listReports(tx, personId), await pathsTo(tx, [personId]), await chainSize(tx, personId)];
  const path = (paths.get(personId) ?? []).slice(0, -1);
  return { ...toNode(row), exemptReason: row.exempt_reason, manager: path.at(-1) ?? null, path, reports, chainSize: size };
}

/** Counts for the console's header: people, leaders, tops (separate chains), exempt. */
export interface PeopleSummary {
  people: number;
  leaders: number;
  tops: number;
  exempt: number;
}

/** Counts the tenant's people. */
export async function peopleSummary(tx: TenantTx): Promise<PeopleSummary> {
  const r = await sql<PeopleSummary>`
    select count(*)::int as people,
      (select count(distinct manager_id)::int from people where tenant_id = ${currentTenant(tx)} and manager_id is not null) as leaders,
      count(*) filter (where manager_id is null)::int as tops,
      count(*) filter (where exempt)::int as exempt
    from people where tenant_id = ${currentTenant(tx)}`.execute(tx);
  return r.rows[0] ?? { people: 0, leaders: 0, tops: 0, exempt: 0 };
}
