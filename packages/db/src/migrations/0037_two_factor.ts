import { sql, type Kysely } from 'kysely';

/*
 * TOTP two-factor (issue 16). better-auth's twoFactor plugin keeps a flag on the account and one
 * row per account with its encrypted secret and encrypted recovery codes, plus a count of failed
 * codes and a lock time (its account lockout). Accounts are global, so the table is global too
 * (a reference table on Citus, as `user`). A tenant may require two-factor of its admins.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE "user" ADD COLUMN "twoFactorEnabled" boolean NOT NULL DEFAULT false`.execute(db);
  await db.schema
    .createTable('twoFactor')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('backupCodes', 'text', (c) => c.notNull())
    // One secret per account: two enables at once must not leave two rows for verify to pick from.
    .addColumn('userId', 'text', (c) => c.notNull().unique().references('user.id').onDelete('cascade'))
    .addColumn('verified', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('failedVerificationCount', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lockedUntil', 'timestamptz')
    .execute();
  await sql`ALTER TABLE tenants ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`.execute(db);
}
