import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { inviteMember, randomPassword, seedDemo, startReportJob } from '@spejl/core';
import { sql, withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { reports } from '@spejl/plugin-registry';
import { appRouter } from '../src/root.ts';
import { isTenantProcedure } from '../src/trpc.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';
import { procedureExamples, type Victim } from './procedure-examples.ts';
import { dumpTenant } from './tenant-tables.ts';

interface ProcedureLike {
  _def: { middlewares: unknown[]; inputs: { '~standard'?: { validate(v: unknown): unknown } }[] };
}
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureLike>;
const tenantPaths = Object.keys(procedures).filter((path) => isTenantProcedure(procedures[path]!)).sort();

function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

async function validates(procedure: ProcedureLike, input: unknown): Promise<string[]> {
  const problems: string[] = [];
  for (const parser of procedure._def.inputs) {
    const result = (await parser['~standard']?.validate(input)) as { issues?: { message: string; path?: PropertyKey[] }[] } | undefined;
    for (const issue of result?.issues ?? []) problems.push(`${issue.path?.join('.') ?? ''}: ${issue.message}`);
  }
  return problems;
}

describe('the cross-tenant test covers', () => {
  it('finds the tenant procedures (so an empty walk cannot pass silently)', () => {
    expect(tenantPaths).toContain('tenant.current');
    expect(tenantPaths).toContain('members.invite');
    expect(tenantPaths).not.toContain('tenant.create');
  });

  it.each(tenantPaths)('%s has an example input in procedure-examples.ts', (path) => {
    expect(procedureExamples[path], `add an example for ${path} to packages/api/test/procedure-examples.ts`).toBeTypeOf('function');
  });

  it('has no examples for procedures that no longer exist or are not tenant procedures', () => {
    expect(Object.keys(procedureExamples).filter((p) => !tenantPaths.includes(p))).toEqual([]);
  });
});

describe.each(testEngines())('tenant isolation of every tenant procedure on $name', (engine) => {
  let f: ApiFixture;
  let victim: Victim;
  let intruder: Awaited<ReturnType<ApiFixture['user']>>;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const demo = await seedDemo(f.db, { operator: randomPassword(), admin: randomPassword() });
    const b = demo.tenant.id;
    // Give B rows in the tenant tables the foundation owns (later demo steps add the rest).
    await withTenant(f.db, b, (tx) =>
      inviteMember(tx, { tenantId: b, actorUserId: null, mailer: f.services.mailer, publicUrl: f.services.publicUrl }, { email: 'pending@example.org', role: 'analyst' }),
    );
    const adminRow = await f.db.selectFrom('user').select('id').where('email', '=', demo.admin.email).executeTakeFirstOrThrow();
    // And a bulk PDF job of its admin's (queued: no worker runs here).
    await withTenant(f.db, b, async (tx) => {
      const closed = await tx.selectFrom('round_report_settings').select('round_id').executeTakeFirstOrThrow();
      await startReportJob(tx, b, { userId: adminRow.id, reader: { role: 'admin', personId: null } }, { roundId: closed.round_id, locale: 'da' }, reports);
    });
    victim = {
      tenantId: b,
      adminUserId: adminRow.id,
      first: (table, column = 'id') =>
        withTenant(f.db, b, async (tx) => {
          const row = await sql<{ value: string }>`select ${sql.ref(column)}::text as value from ${sql.table(table)} limit 1`.execute(tx);
          if (!row.rows[0]) throw new Error(`the victim tenant has no rows in ${table}: extend the demo seed`);
          return row.rows[0].value;
        }),
    };
    intruder = (await f.tenantWithAdmin('intruders')).admin;
  });
  afterAll(() => f?.close());

  it.each(tenantPaths)("%s as another tenant's admin: NOT_FOUND or FORBIDDEN, victim's rows unchanged", async (path) => {
    const example = procedureExamples[path];
    if (!example) throw new Error(`no example for ${path}`);
    const input = { ...(await example(victim)), tenantId: victim.tenantId };
    expect(await validates(procedures[path]!, input), 'the example must be valid input').toEqual([]);

    const before = await dumpTenant(f.db, victim.tenantId);
    expect(Object.values(before).some((rows) => rows.length > 0)).toBe(true);
    const error = await callPath(f.as(intruder), path, input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, `${path} answered an intruder`).toBeInstanceOf(TRPCError);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain((error as TRPCError).code);
    expect(await dumpTenant(f.db, victim.tenantId)).toEqual(before);
  });
});
