import { CompiledQuery } from '@spejl/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports } from '@spejl/plugin-registry';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { loggingDatabase, testEngines } from '@spejl/db/testing';
import { TENANT_TABLES } from '../../../db/src/tenant-predicate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { listReports, searchPeople } from '../../src/hierarchy/people-tree.ts';
import { loadRoundResults } from '../../src/reports/round-reports.ts';
import { RoundResultsCache } from '../../src/reports/results-cache.ts';
import { listRounds } from '../../src/rounds/lifecycle.ts';
import { sessionTenantAccess } from '../../src/tenants/tenant-access.ts';

/*
 * DESIGN.md: on Citus every tenant query prunes to one shard. The statements a request's session
 * and tenant access, a report load, the round list and the people tree send are captured as they
 * run and EXPLAINed: each one that names a tenant table must be planned for a single task. A statement that reached every shard would
 * still give right answers (row-level security holds) at a cost that grows with the cluster.
 */
const citus = testEngines().filter((e) => e.name === 'citus');

const namesTenantTable = (text: string) => [...TENANT_TABLES].some((t) => new RegExp(`\\b(from|join|into|update)\\s+"?${t}"?\\b`, 'i').test(text));

// Without CITUS_DATABASE_URL the file still holds a (skipped) suite, so the run says so instead of failing.
describe.skipIf(citus.length > 0)('hot tenant queries on Citus', () => {
  it.skip('needs CITUS_DATABASE_URL', () => {});
});

describe.each(citus)('hot tenant queries on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await seedDemo(handle.db, { operator: 'demo-operator-pw-1', admin: 'demo-admin-pw-1' })).tenant.id;
  }, 180_000);
  afterAll(() => handle?.close());

  it('plans every statement of a report load, the round list and the people tree for one shard', async () => {
    const captured: CompiledQuery[] = [];
    const logged = loggingDatabase(handle.db, (q) => captured.push(q));
    await withTenant(logged, tenantId, async (tx) => {
      const rounds = await listRounds(tx);
      const closed = rounds.find((r) => r.status === 'closed')!;
      // What every API request of a tenant sends first (the session with the tenant access), then a report load.
      await sessionTenantAccess(tx, tenantId, 'no-such-session-token');
      await loadRoundResults(tx, tenantId, closed.id, reports, new RoundResultsCache());
      const tops = await listReports(tx, null);
      await listReports(tx, tops[0]!.personId);
      await searchPeople(tx, 'an', 20, { outsideChainOf: tops[0]!.personId });
    });
    const tenantStatements = captured.filter((q) => namesTenantTable(q.sql));
    expect(tenantStatements.length).toBeGreaterThan(5);
    const spread: string[] = [];
    await withTenant(handle.db, tenantId, async (tx) => {
      for (const q of tenantStatements) {
        const plan = (await tx.executeQuery(CompiledQuery.raw(`EXPLAIN ${q.sql}`, [...q.parameters]))).rows as { 'QUERY PLAN': string }[];
        const text = plan.map((r) => r['QUERY PLAN']).join('\n');
        const tasks = [...text.matchAll(/Task Count: (\d+)/g)].map((m) => Number(m[1]));
        if (tasks.length === 0 || tasks.some((n) => n !== 1)) spread.push(`${q.sql}\n${text}`);
      }
    });
    expect(spread, 'statements not planned for a single shard').toEqual([]);
  });
});
