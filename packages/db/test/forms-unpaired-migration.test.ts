import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, sql, type Kysely } from 'kysely';
import { openDatabase, type SpejlDatabase } from '../src/index.ts';
import { migrations } from '../src/migrations/index.ts';

/*
 * Migration 0010 on data written before it: a closed round's forms still carry owner keys and
 * their submission order, an open round's forms have no device. After it, the closed round looks
 * as if it had been closed today (fresh ids, no keys, no unsent forms, one finishing time) and the
 * open round's forms can be shown or changed by no device (the link alone must not read them).
 */
const migrator = (db: Kysely<unknown>) => new Migrator({ db, provider: { getMigrations: async () => migrations } });

async function roundWithForms(db: Kysely<unknown>, tenant: string, name: string): Promise<string> {
  const round = (await sql<{ id: string }>`insert into rounds (tenant_id, name, themes, items, scope, opens_at, closes_at, texts)
    values (${tenant}, ${name}, '[]', '[{"theme":"t","item":"a"}]', '{}', now() - interval '1 day', now() + interval '9 days', '{}') returning id`.execute(db)).rows[0]!.id;
  for (const person of ['p1', 'p2', 'p3']) {
    await sql`insert into round_respondents (tenant_id, round_id, person_id, name, link_salt, token_hash) values (${tenant}, ${round}, ${person}, ${person}, ${`salt-${name}-${person}`}, ${`hash-${name}-${person}`})`.execute(db);
    await sql`insert into round_assignments (tenant_id, round_id, person_id, slot, subject_id, role) values (${tenant}, ${round}, ${person}, 0, 'boss', 'employee')`.execute(db);
  }
  await sql`update rounds set status = 'open', threshold = 3, launched_at = now() where id = ${round}`.execute(db);
  // p1 and p2 sent their forms (in that order), p3 only saved one.
  for (const [person, submitted] of [['p1', true], ['p2', true], ['p3', false]] as const) {
    await sql`insert into round_forms (tenant_id, round_id, subject_id, role, answers, submitted, source, owner_key)
      values (${tenant}, ${round}, 'boss', 'employee', ${`{${person.slice(1)}}`}::smallint[], ${submitted}, 'link', ${`key-${person}`})`.execute(db);
    if (submitted) await sql`update round_assignments set finished_at = now() where round_id = ${round} and person_id = ${person}`.execute(db);
  }
  return round;
}

describe('migration 0010 on rounds that existed before it (pglite)', () => {
  let handle: SpejlDatabase;
  let db: Kysely<unknown>;
  let open: string;
  let closed: string;
  let before: { id: string }[];

  beforeAll(async () => {
    handle = await openDatabase({});
    db = handle.db as unknown as Kysely<unknown>;
    const upTo = await migrator(db).migrateTo('0009_report_jobs');
    expect(upTo.error).toBeUndefined();
    const tenant = (await sql<{ id: string }>`insert into tenants (slug, name, sector, branding) values ('old', 'Old', 'kommune', '{}') returning id`.execute(db)).rows[0]!.id;
    open = await roundWithForms(db, tenant, 'Open');
    closed = await roundWithForms(db, tenant, 'Closed');
    await sql`update rounds set status = 'closed', closed_at = now() where id = ${closed}`.execute(db);
    before = (await sql<{ id: string }>`select id from round_forms where round_id = ${closed}`.execute(db)).rows;
    const latest = await migrator(db).migrateToLatest();
    expect(latest.error).toBeUndefined();
  });
  afterAll(() => handle?.close());

  it('rewrites a closed round: sent forms only, fresh ids, no keys, one finishing time', async () => {
    const forms = (await sql<{ id: string; answers: number[]; owner_key: string | null; device_hash: string | null }>`
      select id, answers, owner_key, device_hash from round_forms where round_id = ${closed}`.execute(db)).rows;
    expect(forms.map((f) => f.answers[0]).sort()).toEqual([1, 2]);
    expect(forms.filter((f) => f.owner_key !== null || f.device_hash !== null)).toEqual([]);
    expect(forms.filter((f) => before.some((b) => b.id === f.id))).toEqual([]);
    const finished = (await sql<{ t: string }>`select distinct finished_at::text as t from round_assignments
      where round_id = ${closed} and finished_at is not null`.execute(db)).rows;
    const closedAt = (await sql<{ t: string }>`select closed_at::text as t from rounds where id = ${closed}`.execute(db)).rows;
    expect(finished).toEqual(closedAt);
  });

  it('locks an open round’s forms: kept with their keys, readable and changeable by no device', async () => {
    const forms = (await sql<{ owner_key: string | null; device_hash: string | null }>`
      select owner_key, device_hash from round_forms where round_id = ${open} order by owner_key`.execute(db)).rows;
    expect(forms.map((f) => f.owner_key)).toEqual(['key-p1', 'key-p2', 'key-p3']);
    expect(forms.every((f) => f.device_hash?.startsWith('locked:'))).toBe(true);
  });

  it('leaves the guards and forced row-level security in place', async () => {
    const tables = (await sql<{ relname: string; forced: boolean }>`select relname, relforcerowsecurity as forced from pg_class
      where relname in ('rounds', 'round_forms', 'round_assignments') order by relname`.execute(db)).rows;
    expect(tables.every((t) => t.forced)).toBe(true);
    const triggers = (await sql<{ tgname: string; tgenabled: string }>`select tgname, tgenabled from pg_trigger
      where tgname in ('round_forms_guard', 'round_assignments_guard') order by tgname`.execute(db)).rows;
    expect(triggers).toEqual([{ tgname: 'round_assignments_guard', tgenabled: 'O' }, { tgname: 'round_forms_guard', tgenabled: 'O' }]);
    await expect(sql`delete from round_forms where round_id = ${closed}`.execute(db)).rejects.toThrow(/never deleted/);
  });
});
