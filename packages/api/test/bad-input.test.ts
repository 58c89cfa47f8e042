import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { testEngines } from '@spejl/db/testing';
import { appRouter } from '../src/root.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

interface Parser {
  '~standard': { validate(value: unknown): unknown };
  shape?: Record<string, unknown>;
  unwrap?: () => Parser;
}
interface ProcedureLike {
  _def: { inputs: Parser[] };
}
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureLike>;
const paths = Object.keys(procedures).sort();

/** Values that break naive code: wrong types, extremes, NUL bytes, injection attempts. */
const NASTY: unknown[] = [null, '', 'x'.repeat(20_000), -1, 1e15, 0.5, {}, [], 'nul\u0000byte', "' or 1=1 --", '🙂', true, { nested: { deep: [1] } }];

/** The declared keys of a procedure's input objects (unwrapping defaults and optionals). */
function declaredKeys(procedure: ProcedureLike): string[] {
  return procedure._def.inputs.flatMap((parser) => {
    let p: Parser | undefined = parser;
    while (p && !p.shape && p.unwrap) p = p.unwrap();
    return Object.keys(p?.shape ?? {});
  });
}

/** Inputs to try: shapeless garbage, then each declared key set to each nasty value beside a real tenantId. */
function garbage(procedure: ProcedureLike, tenantId: string): unknown[] {
  const whole: unknown[] = [undefined, null, 42, 'text', [], [tenantId], {}, { tenantId: 'not-a-uuid' }, { tenantId: "'; drop table tenants; --" }];
  const keys = declaredKeys(procedure).filter((k) => k !== 'tenantId');
  return [...whole, ...keys.flatMap((key) => NASTY.map((value) => ({ tenantId, [key]: value })))];
}

async function schemaAccepts(procedure: ProcedureLike, input: unknown): Promise<boolean> {
  for (const parser of procedure._def.inputs) {
    const result = (await parser['~standard'].validate(input)) as { issues?: unknown[] };
    if (result.issues?.length) return false;
  }
  return true;
}

function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

describe.each(testEngines())('bad input to every procedure on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;

  beforeAll(async () => {
    f = await apiFixture(engine);
    tenantId = (await f.tenantWithAdmin('garbage')).tenant.id;
  });
  afterAll(() => f?.close());

  it.each(paths)('%s answers garbage with 4xx or accepts only what its schema allows, never 5xx', async (path) => {
    const procedure = procedures[path]!;
    for (const input of garbage(procedure, tenantId)) {
      const outcome = await callPath(f.as(f.operator), path, input).then(
        () => 'accepted' as const,
        (e: unknown) => e,
      );
      if (outcome === 'accepted') {
        // Accepting is fine only for input the procedure's own schema calls valid (unknown keys are stripped).
        expect(await schemaAccepts(procedure, input), `${path} accepted ${JSON.stringify(input)?.slice(0, 200)}`).toBe(true);
        continue;
      }
      expect(outcome).toBeInstanceOf(TRPCError);
      const status = getHTTPStatusCodeFromError(outcome as TRPCError);
      expect(status, `${path} with ${JSON.stringify(input)?.slice(0, 200)}: ${(outcome as Error).message}`).toBeGreaterThanOrEqual(400);
      expect(status, `${path} with ${JSON.stringify(input)?.slice(0, 200)}: ${(outcome as Error).message}`).toBeLessThan(500);
    }
  });
});
