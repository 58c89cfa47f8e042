import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

/*
 * More languages than Danish and English (issue 17): a round's added languages and their
 * translations of the round's texts (mail texts, the pinned themes' wording and the survey's own
 * words), one row per language, the texts by key in one object. Danish stays the source: a key
 * without a translation shows in Danish, marked. People get an optional `language` (a BCP-47 tag
 * from the people file), which a round's snapshot carries as the respondent's locale; so the
 * respondent locale is no longer only 'da' or 'en'.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('round_languages')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    // A canonical BCP-47 tag (Intl.getCanonicalLocales), never 'da': Danish is the source.
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`length(locale) between 2 and 35 and locale <> 'da'`))
    .addColumn('texts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`).check(sql`jsonb_typeof(texts) = 'object'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('round_languages_pk', ['tenant_id', 'round_id', 'locale'])
    .addForeignKeyConstraint('round_languages_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'round_languages');

  await sql`ALTER TABLE people ADD COLUMN language text CHECK (length(language) between 2 and 35)`.execute(db);
  await sql`ALTER TABLE round_people ADD COLUMN language text`.execute(db);
  await sql`ALTER TABLE round_respondents DROP CONSTRAINT IF EXISTS round_respondents_locale_check`.execute(db);
  await sql`ALTER TABLE round_respondents ADD CONSTRAINT round_respondents_locale_tag CHECK (length(locale) between 2 and 35)`.execute(db);
}
