import { sql, type Kysely } from 'kysely';

/*
 * A round's subject could hold {{link}}, and the outbox withheld personal links only in a mail's
 * text and HTML: the subject it lists and searches kept each respondent's survey link, which let
 * an admin answer as anyone. Round texts now refuse the link outside the text and the outbox
 * withholds it in the subject too; this replaces the links already stored in subjects with the
 * placeholder the text's copy uses (the mail's language is read from the text's own placeholder,
 * else the tenant's), in demo rows too, since the console lists every subject.
 *
 * The placeholders are core's WITHHELD_LINK as they were written; a survey link is
 * `<address>/s/#<token>` (core's personal-link.ts).
 */
const SURVEY_LINK = 'https?://[^[:space:]]*/s/#[A-Za-z0-9_-]+';
const WITHHELD = { da: '[personligt link – kun til modtageren]', en: '[personal link – for the addressee only]' };

/**
 * Runs over every tenant's rows: forced row security is off for this one transaction (as 0010 does),
 * so an owner that is not a superuser reaches them too instead of silently updating none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE mail_outbox NO FORCE ROW LEVEL SECURITY`.execute(db);
  await sql`UPDATE mail_outbox o
    SET subject = regexp_replace(o.subject, ${SURVEY_LINK}, CASE
      WHEN strpos(o.text_body, ${WITHHELD.en}) > 0 THEN ${WITHHELD.en}
      WHEN strpos(o.text_body, ${WITHHELD.da}) > 0 THEN ${WITHHELD.da}
      WHEN t.locale = 'en' THEN ${WITHHELD.en}
      ELSE ${WITHHELD.da} END, 'g')
    FROM tenants t
    WHERE t.id = o.tenant_id AND o.subject ~ ${SURVEY_LINK}`.execute(db);
  await sql`ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY`.execute(db);
}
