import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { up } from '../src/migrations/0019_outbox_subjects_without_links.ts';
import type { SpejlDatabase } from '../src/index.ts';
import { testEngines } from '../src/testing/index.ts';

const LINK = 'http://127.0.0.1:3000/s/#AAAAAAAAAAAAAAAAAAAAAAsecret_part-0123456789abcdefghijklmnopqrstuvw';
const DA = '[personligt link – kun til modtageren]';
const EN = '[personal link – for the addressee only]';

/*
 * Migration 0019 on outbox rows stored while subjects could carry a respondent's survey link: the
 * link leaves every subject, replaced by the placeholder in the mail's language, and nothing else
 * changes. Run as the migration runs: as the database's owner, over every tenant.
 */
// Citus distributes after every migration has run: a released migration never runs on shards.
describe.each(testEngines().filter((e) => e.name !== 'citus'))('migration 0019: survey links leave stored outbox subjects, on $name', (engine) => {
  let handle: SpejlDatabase;
  let db: Kysely<unknown>;
  const subjects = async () =>
    (await sql<{ to_address: string; subject: string; text_body: string }>`select to_address, subject, text_body from mail_outbox order by to_address`.execute(db)).rows;

  beforeAll(async () => {
    handle = await engine.open();
    db = handle.db as unknown as Kysely<unknown>;
    const tenant = async (slug: string, locale: string) =>
      (await sql<{ id: string }>`insert into tenants (slug, name, sector, locale) values (${slug}, ${slug}, 'kommune', ${locale}) returning id`.execute(db)).rows[0]!.id;
    const da = await tenant('old-da', 'da');
    const en = await tenant('old-en', 'en');
    const mail = (tenantId: string, to: string, subject: string, text: string, kept = false) =>
      sql`insert into mail_outbox (tenant_id, to_address, subject, text_body, links_kept) values (${tenantId}, ${to}, ${subject}, ${text}, ${kept})`.execute(db);
    await mail(da, 'a-danish@x.dk', `Ledelsesevaluering ${LINK}`, `Svar her: ${DA}`);
    await mail(da, 'b-english-in-danish-tenant@x.dk', `Evaluation ${LINK} ${LINK}`, `Answer here: ${EN}`);
    await mail(en, 'c-demo-row@x.dk', `Survey ${LINK}`, `Answer here: ${LINK}`, true);
    await mail(da, 'd-no-link@x.dk', 'Ledelsesevaluering: Forår 2026', `Svar her: ${DA}`);
    await up(db);
  });
  afterAll(() => handle?.close());

  it("replaces each link in a subject by the placeholder in the mail's language, read from its text or else the tenant's", async () => {
    expect(await subjects()).toEqual([
      { to_address: 'a-danish@x.dk', subject: `Ledelsesevaluering ${DA}`, text_body: `Svar her: ${DA}` },
      { to_address: 'b-english-in-danish-tenant@x.dk', subject: `Evaluation ${EN} ${EN}`, text_body: `Answer here: ${EN}` },
      // A demo row's text keeps its link (shown only in demo mode); its subject, listed everywhere, does not.
      { to_address: 'c-demo-row@x.dk', subject: `Survey ${EN}`, text_body: `Answer here: ${LINK}` },
      { to_address: 'd-no-link@x.dk', subject: 'Ledelsesevaluering: Forår 2026', text_body: `Svar her: ${DA}` },
    ]);
  });

  it('reaches every tenant when the owner running it is no superuser (forced row security would hide all rows)', async () => {
    const tenantId = (await sql<{ id: string }>`select id from tenants where slug = 'old-da'`.execute(db)).rows[0]!.id;
    await sql`insert into mail_outbox (tenant_id, to_address, subject, text_body, links_kept) values (${tenantId}, 'e-owner@x.dk', ${`Svar ${LINK}`}, ${`Svar her: ${DA}`}, false)`.execute(db);
    await sql`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'spejl_plain_owner') THEN CREATE ROLE spejl_plain_owner NOSUPERUSER NOBYPASSRLS; END IF; END $$`.execute(db);
    await sql`ALTER TABLE mail_outbox OWNER TO spejl_plain_owner`.execute(db);
    await sql`GRANT SELECT ON tenants TO spejl_plain_owner`.execute(db);
    try {
      await db.transaction().execute(async (tx) => {
        await sql`SET LOCAL ROLE spejl_plain_owner`.execute(tx);
        await up(tx);
      });
    } finally {
      await sql`ALTER TABLE mail_outbox OWNER TO CURRENT_USER`.execute(db);
    }
    const row = (await subjects()).find((r) => r.to_address === 'e-owner@x.dk');
    expect(row?.subject).toBe(`Svar ${DA}`);
  });

  it('changes nothing when run again', async () => {
    const before = await subjects();
    await up(db);
    expect(await subjects()).toEqual(before);
  });
});
