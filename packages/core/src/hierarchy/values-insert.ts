import type { Database, Insertable, TenantTx } from '@spejl/db';

/** PostgreSQL takes at most 65,535 parameters a statement; leave room. */
const MAX_PARAMETERS = 60_000;

/**
 * Inserts rows as multi-row VALUES statements, each under the parameter limit. The bulk writers use
 * one `INSERT … SELECT FROM unnest(…)` a batch on a single server (fewer parameters to bind); Citus
 * turns that form into COPY, which row-level security refuses, so there they write VALUES instead.
 */
export async function insertValues<T extends keyof Database & string>(tx: TenantTx, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  for (let start = 0; start < rows.length; start += perStatement) {
    // Kysely cannot type a table chosen by a type parameter; the row type above is the check.
    await tx.insertInto(table).values(rows.slice(start, start + perStatement) as never).execute();
  }
}
