import { Kysely, PostgresDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/index.ts';
import { TenantPredicatePlugin } from '../src/tenant-predicate.ts';

const T = '00000000-0000-4000-8000-000000000001';
// Compiles only: the dialect never connects.
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: {} as never }) }).withPlugin(new TenantPredicatePlugin(T));

describe('every statement of a tenant transaction names its tenant', () => {
  it('adds the predicate to a plain select, keeping its own conditions', () => {
    const q = db.selectFrom('people').select('person_id').where('person_id', '=', 'P1').compile();
    expect(q.sql).toBe('select "person_id" from "people" where "person_id" = $1 and "people"."tenant_id" = $2');
    expect(q.parameters).toEqual(['P1', T]);
  });

  it('uses an alias, and puts a joined table’s predicate in its ON so a left join stays one', () => {
    const q = db.selectFrom('rounds as r').leftJoin('round_forms as f', (j) => j.onRef('f.round_id', '=', 'r.id'))
      .select('r.id').compile();
    expect(q.sql).toBe('select "r"."id" from "rounds" as "r" left join "round_forms" as "f" on "f"."round_id" = "r"."id" and "f"."tenant_id" = $1 where "r"."tenant_id" = $2');
  });

  it('reaches subqueries, updates, deletes and the select of an insert', () => {
    const sub = db.selectFrom('round_people').select('person_id');
    expect(db.selectFrom('people').select('name').where('person_id', 'in', sub).compile().sql)
      .toContain('(select "person_id" from "round_people" where "round_people"."tenant_id" = $1) and "people"."tenant_id" = $2');
    expect(db.updateTable('rounds').set({ name: 'x' }).where('id', '=', 'r').compile().sql)
      .toBe('update "rounds" set "name" = $1 where "id" = $2 and "rounds"."tenant_id" = $3');
    expect(db.deleteFrom('round_forms').where('round_id', '=', 'r').compile().sql)
      .toBe('delete from "round_forms" where "round_id" = $1 and "round_forms"."tenant_id" = $2');
    expect(db.insertInto('audit_log').columns(['tenant_id', 'action', 'details'])
      .expression(db.selectFrom('rounds').select([sql<string>`tenant_id`.as('t'), sql<string>`'a'`.as('a'), sql<string>`'{}'`.as('d')])).compile().sql)
      .toContain('from "rounds" where "rounds"."tenant_id" = $1');
  });

  it('is not fooled by a condition on tenant_id that is not equality, nor by the schema named', () => {
    expect(db.selectFrom('people').select('name').where('people.tenant_id', '<>', T).compile().sql)
      .toBe('select "name" from "people" where "people"."tenant_id" <> $1 and "people"."tenant_id" = $2');
    expect(db.withSchema('public').selectFrom('people').select('name').compile().sql)
      .toBe('select "name" from "public"."people" where "people"."tenant_id" = $1');
  });

  it('leaves global tables alone', () => {
    expect(db.selectFrom('tenants').select('slug').compile().sql).toBe('select "slug" from "tenants"');
    expect(db.selectFrom('user').select('email').compile().sql).toBe('select "email" from "user"');
  });
});
