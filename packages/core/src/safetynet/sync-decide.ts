import type { TenantTx } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import type { ImportActor } from '../hierarchy/import-history.ts';
import { applyPeopleImport, type ImportResult } from '../hierarchy/people-import.ts';
import { rowsUpload } from './sync-run.ts';

/** Takes the held sync for a decision, locked so two admins cannot both decide it; refuses one no longer held. */
async function takeHeld(tx: TenantTx, tenantId: string, syncId: string) {
  const row = await tx
    .selectFrom('safetynet_syncs')
    .select(['people_csv', 'token'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', syncId)
    .where('status', '=', 'held')
    .forUpdate()
    .executeTakeFirst();
  if (!row?.people_csv) throw codedError('CONFLICT', 'safetynet.noHeldSync', {});
  return { csv: row.people_csv, token: row.token };
}

/** Marks a held sync decided; its rows and samples go, only the counts stay. */
async function decide(tx: TenantTx, tenantId: string, syncId: string, status: 'approved' | 'discarded', userId: string | null, importId: string | null): Promise<void> {
  await tx.updateTable('safetynet_syncs')
    .set({ status, decided_at: new Date(), decided_by: userId, people_csv: null, token: null, samples: null, import_id: importId })
    .where('tenant_id', '=', tenantId).where('id', '=', syncId).execute();
}

/**
 * Applies a held sync exactly as it was shown: refused (people.changedSincePreview) when the
 * people changed since it was held, as an import from a stale preview is.
 */
export async function approveHeldSync(tx: TenantTx, tenantId: string, syncId: string, actor: ImportActor): Promise<ImportResult> {
  const held = await takeHeld(tx, tenantId, syncId);
  const result = await applyPeopleImport(tx, rowsUpload(held.csv, 'safetynet'), { actor, source: 'sftp', confirmLargeChange: true, ...(held.token && { token: held.token }) });
  await decide(tx, tenantId, syncId, 'approved', actor.userId, result.importId);
  return result;
}

/** Discards a held sync: the people stay as they are. */
export async function discardHeldSync(tx: TenantTx, tenantId: string, syncId: string, userId: string | null): Promise<void> {
  await takeHeld(tx, tenantId, syncId);
  await decide(tx, tenantId, syncId, 'discarded', userId, null);
}
