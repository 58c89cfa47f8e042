import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { newDeviceKey, personalToken, saveSurveyForm } from '../../src/survey/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

/**
 * DESIGN.md, Anonymity rule 1: an employee form is stored without any link to who answered.
 * These tests read the live schema, so a column or key added later that could join a form to a
 * person fails here and must be argued for.
 */
const FORM_COLUMNS = ['answers', 'comments', 'device_hash', 'id', 'owner_key', 'role', 'round_id', 'source', 'subject_id', 'submitted', 'tenant_id'];
/** Columns that name or identify a person (the rater), wherever they appear. */
const PERSON_COLUMN = /person|email|user|actor|token|salt|ip_?address|^name$/;

interface Fk { from: string; to: string; columns: string[] }

describe.each(testEngines())('no link from an employee form to its rater on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'anon', name: 'Anon', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Anonym', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY });
      return round.id;
    });
    const salts = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_respondents').select(['person_id', 'link_salt']).where('round_id', '=', roundId).execute());
    // Mads Bæk's five employees all answer, two of them identically.
    const answers: Record<string, (1 | 2 | 3 | 4 | 5)[]> = { '1006': [4, 4, 4, 4], '1007': [4, 4, 4, 4], '1008': [2, 3, 2, 3], '1009': [5, 5, 4, 5], '1010': [1, 2, 3, 4] };
    for (const s of salts.filter((x) => x.person_id in answers)) {
      await saveSurveyForm(handle.db, personalToken(TEST_LINK_KEY, tenantId, s.link_salt), newDeviceKey(), { slot: 0, answers: answers[s.person_id]!, submit: true });
    }
  });
  afterAll(() => handle?.close());

  it('gives round_forms only the columns that say what was answered about whom, and no time', async () => {
    const columns = await sql<{ column_name: string; data_type: string }>`
      select column_name, data_type from information_schema.columns where table_schema = 'public' and table_name = 'round_forms' order by column_name`.execute(handle.db);
    expect(columns.rows.map((c) => c.column_name)).toEqual(FORM_COLUMNS);
    expect(columns.rows.filter((c) => /time|date|interval/.test(c.data_type))).toEqual([]);
    expect(columns.rows.filter((c) => PERSON_COLUMN.test(c.column_name))).toEqual([]);
  });

  it('has no foreign-key path from a form to any table that names a person, and nothing points at a form', async () => {
    const fks = (await sql<Fk>`
      select src.relname as "from", dst.relname as "to",
        array(select a.attname from unnest(c.conkey) k(n) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n)::text[] as columns
      from pg_constraint c join pg_class src on src.oid = c.conrelid join pg_class dst on dst.oid = c.confrelid
      join pg_namespace ns on ns.oid = src.relnamespace where ns.nspname = 'public' and c.contype = 'f'`.execute(handle.db)).rows;
    expect(fks.filter((f) => f.to === 'round_forms')).toEqual([]);
    // A form's only key to anything is its round; the round names no person, so every join from a
    // form to a person goes through the round id, which all respondents of the round share.
    const roundColumns = (await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'rounds'`.execute(handle.db)).rows.map((c) => c.column_name);
    // `name` is the round's; `personal_data_erased_at` says when retention emptied it.
    expect(roundColumns.filter((c) => c !== 'name' && c !== 'personal_data_erased_at' && PERSON_COLUMN.test(c))).toEqual([]);
    const elsewhere = (await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name <> 'round_forms' and column_name ~ '(^|_)forms?(_|$)|owner_key'`.execute(handle.db)).rows;
    // A reminder run's count of unanswered forms is a number the response rates publish, not a way to a form.
    const counts = new Set(['round_reminder_runs.unfinished_forms']);
    expect(elsewhere.filter((c) => !counts.has(`${c.table_name}.${c.column_name}`))).toEqual([]);
    const countTypes = (await sql<{ data_type: string }>`
      select data_type from information_schema.columns
      where table_schema = 'public' and table_name = 'round_reminder_runs' and column_name = 'unfinished_forms'`.execute(handle.db)).rows;
    expect(countTypes.map((c) => c.data_type)).toEqual(['integer']);
    const formFks = fks.filter((f) => f.from === 'round_forms');
    expect(formFks).toEqual([]); // not even to its round (see migration 0004): the round id is a plain column
    const progressColumns = (await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'round_assignments'`.execute(handle.db)).rows.map((c) => c.column_name);
    expect(progressColumns.filter((c) => /form|owner|key|answer/.test(c))).toEqual([]);
  });

  it('stores identical answers as rows that differ only in random ids and keys nobody can recompute', async () => {
    const forms = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_forms').selectAll().where('round_id', '=', roundId).where('role', '=', 'employee').execute());
    expect(forms).toHaveLength(5);
    const same = forms.filter((f) => f.answers.join() === '4,4,4,4');
    expect(same).toHaveLength(2);
    const strip = ({ id: _id, owner_key: _key, device_hash: _device, ...rest }: (typeof forms)[number]) => rest;
    expect(strip(same[0]!)).toEqual(strip(same[1]!));
    // Nothing the database stores about respondents turns into an owner key.
    const stored = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_respondents').select(['person_id', 'token_hash', 'link_salt', 'email', 'name']).execute());
    const keys = new Set(forms.flatMap((f) => [f.owner_key, f.device_hash]));
    for (const r of stored) {
      for (const candidate of [r.token_hash, r.link_salt, r.person_id, r.email ?? '', r.name]) {
        for (const slot of [0, 1, 2]) {
          expect(keys.has(createHmac('sha256', candidate).update(`form:${slot}`).digest('base64url'))).toBe(false);
          expect(keys.has(createHmac('sha256', Buffer.from(candidate, 'base64url')).update(`form:${slot}`).digest('base64url'))).toBe(false);
        }
      }
    }
  });

  it('leaves no transaction id in common between a form and its progress row once the round closes', async () => {
    const xmins = () =>
      withTenant(handle.db, tenantId, async (tx) => ({
        forms: (await sql<{ x: string }>`select xmin::text as x from round_forms where round_id = ${roundId}`.execute(tx)).rows.map((r) => r.x),
        progress: (await sql<{ x: string }>`select xmin::text as x from round_assignments where round_id = ${roundId} and finished_at is not null`.execute(tx)).rows.map((r) => r.x),
      }));
    const open = await xmins();
    // While open, each form was written in the same transaction as its progress row …
    expect(open.forms.filter((x) => open.progress.includes(x)).length).toBeGreaterThan(0);
    await withTenant(handle.db, tenantId, (tx) => closeRound(tx, roundId));
    const closed = await xmins();
    // … after close every form (and every progress row) carries the closing transaction's id.
    expect(new Set(closed.forms).size).toBe(1);
    expect(new Set([...closed.forms, ...closed.progress]).size).toBe(1);
  });
});
