import type { PeopleImportSource, TenantTx } from '@spejl/db';
import { currentTenant, sql } from '@spejl/db';
import type { DiffCounts } from './people-diff.ts';

/** Who applied an import: a console user, or a label such as `cli` for the command line. */
export interface ImportActor {
  userId: string | null;
  label: string;
}

/** One applied import, as the history lists it. */
export interface ImportRecord extends DiffCounts {
  id: string;
  at: Date;
  actorUserId: string | null;
  actor: string;
  source: PeopleImportSource;
  fileName: string;
  format: 'csv' | 'xlsx';
  rows: number;
  warnings: number;
}

/** What recordImport needs to write one history row. */
export interface ImportFacts {
  actor: ImportActor;
  source: PeopleImportSource;
  fileName: string;
  format: 'csv' | 'xlsx';
  rows: number;
  counts: DiffCounts;
  warnings: number;
}

/** Appends an import to the history, in the import's own transaction. */
export async function recordImport(tx: TenantTx, facts: ImportFacts): Promise<string> {
  const c = facts.counts;
  const row = await tx
    .insertInto('people_imports')
    .values({
      tenant_id: sql<string>`${currentTenant(tx)}`,
      actor_user_id: facts.actor.userId,
      actor_label: facts.actor.label,
      source: facts.source,
      file_name: facts.fileName.slice(0, 200),
      format: facts.format,
      rows: facts.rows,
      added: c.added,
      moved: c.moved,
      renamed: c.renamed,
      updated: c.updated,
      left: c.left,
      unchanged: c.unchanged,
      warnings: facts.warnings,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The tenant's imports, newest first. */
export async function listImports(tx: TenantTx, limit = 100): Promise<ImportRecord[]> {
  const rows = await tx.selectFrom('people_imports').selectAll().orderBy('at', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actor: r.actor_label,
    source: r.source,
    fileName: r.file_name,
    format: r.format,
    rows: r.rows,
    added: r.added,
    moved: r.moved,
    renamed: r.renamed,
    updated: r.updated,
    left: r.left,
    unchanged: r.unchanged,
    warnings: r.warnings,
  }));
}
