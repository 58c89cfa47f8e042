import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, sql } from 'kysely';
import { migrateToLatest, openDatabase, type SpejlDatabase } from '../src/index.ts';
import { migrations } from '../src/migrations/index.ts';

describe('outbox rows written before links were withheld (migration 0012)', () => {
  let handle: SpejlDatabase;

  beforeAll(async () => {
    handle = await openDatabase({});
  });
  afterAll(() => handle?.close());

  it('count as holding live links, so no console outside demo mode shows their text', async () => {
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    const before = await migrator.migrateTo('0009_report_jobs');
    expect(before.error).toBeUndefined();
    const tenant = await sql<{ id: string }>`insert into tenants (slug, name, sector) values ('old', 'Old', 'kommune') returning id`.execute(handle.db);
    const tenantId = tenant.rows[0]!.id;
    await sql`insert into mail_outbox (tenant_id, to_address, subject, text_body) values (${tenantId}, 'kd@old.example', 'Invitation', 'https://old.example/invite?token=live')`.execute(handle.db);
    await sql`insert into system_mail_outbox (to_address, subject, text_body) values ('kd@old.example', 'Nulstil', 'https://old.example/reset-password?token=live')`.execute(handle.db);

    await migrateToLatest(handle.db);
    expect(await handle.db.selectFrom('mail_outbox').select('links_kept').execute()).toEqual([{ links_kept: true }]);
    expect(await handle.db.selectFrom('system_mail_outbox').select('links_kept').execute()).toEqual([{ links_kept: true }]);
    // No default after the backfill: a new row must say whether it keeps links.
    await expect(sql`insert into system_mail_outbox (to_address, subject, text_body) values ('x@old.example', 'S', 'T')`.execute(handle.db)).rejects.toThrow(/links_kept/);
  });
});
