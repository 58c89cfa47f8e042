import { sql, type Kysely } from 'kysely';
import { isolateTenantTable } from '../tenancy.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per tenant: which report plugins it uses with which options, and who may read what.
  await db.schema
    .createTable('report_settings')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('reports', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('superior_reads_reports', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addPrimaryKeyConstraint('report_settings_pk', ['tenant_id'])
    .execute();
  await isolateTenantTable(db, 'report_settings');

  // The report configuration a round's reports use, copied from report_settings when the round closes.
  await db.schema
    .createTable('round_report_settings')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull())
    .addColumn('reports', 'jsonb', (c) => c.notNull())
    .addColumn('pinned_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('round_report_settings_pk', ['tenant_id', 'round_id'])
    .addForeignKeyConstraint('round_report_settings_round', ['tenant_id', 'round_id'], 'rounds', ['tenant_id', 'id'], (c) => c.onDelete('cascade'))
    .execute();
  await isolateTenantTable(db, 'round_report_settings');

  // Pinning in the database means every way of closing a round (console, CLI, import) pins the same way.
  await sql`CREATE FUNCTION pin_round_reports() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status = 'closed' AND OLD.status IS DISTINCT FROM 'closed' THEN
        INSERT INTO round_report_settings (tenant_id, round_id, reports)
        VALUES (NEW.tenant_id, NEW.id, coalesce((SELECT reports FROM report_settings WHERE tenant_id = NEW.tenant_id), '{}'::jsonb))
        ON CONFLICT (tenant_id, round_id) DO NOTHING;
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER pin_round_reports AFTER UPDATE OF status ON rounds
    FOR EACH ROW EXECUTE FUNCTION pin_round_reports()`.execute(db);
}
