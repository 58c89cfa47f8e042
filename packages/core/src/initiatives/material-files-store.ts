import type { TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import type { InitiativeCaller } from './initiative-caller.ts';
import { assertSeesInitiative, type MaterialFile } from './initiative-view.ts';
import { cleanFileName, materialFileType, MATERIAL_FILES_MAX } from './material-file.ts';

/*
 * An initiative's files, kept in the tenant's own table like the rest of its data (row-level
 * security, the tenant in every statement, gone with the initiative). Only checked files get in
 * (material-file.ts); only the initiative's admins and leaders get them out.
 */

/** Adds a file to an initiative's material (an admin's call); returns it as listed. */
export async function addMaterialFile(tx: TenantTx, tenantId: string, caller: InitiativeCaller, initiativeId: string, fileName: string, bytes: Uint8Array): Promise<MaterialFile> {
  const contentType = materialFileType(fileName, bytes);
  const initiative = await tx.selectFrom('initiatives').select('id').where('id', '=', initiativeId).forUpdate().executeTakeFirst();
  if (!initiative) throw codedError('NOT_FOUND', 'initiatives.notFound', {});
  const count = await tx.selectFrom('initiative_files').select((eb) => eb.fn.countAll<string>().as('n')).where('initiative_id', '=', initiativeId).executeTakeFirstOrThrow();
  if (Number(count.n) >= MATERIAL_FILES_MAX) throw codedError('BAD_INPUT', 'initiatives.tooManyFiles', { max: MATERIAL_FILES_MAX });
  const name = cleanFileName(fileName);
  const row = await tx.insertInto('initiative_files').values({ tenant_id: tenantId, initiative_id: initiativeId, file_name: name, content_type: contentType, bytes })
    .returning('id').executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: 'initiatives.addFile', target: initiativeId, details: { fileName: name, bytes: bytes.byteLength } });
  return { id: row.id, fileName: name, contentType, size: bytes.byteLength };
}

/** Removes a file from an initiative's material. */
export async function removeMaterialFile(tx: TenantTx, tenantId: string, caller: InitiativeCaller, initiativeId: string, fileId: string): Promise<void> {
  const gone = await tx.deleteFrom('initiative_files').where('initiative_id', '=', initiativeId).where('id', '=', fileId).returning('file_name').executeTakeFirst();
  if (!gone) throw codedError('NOT_FOUND', 'initiatives.fileNotFound', {});
  await recordAudit(tx, { tenantId, actorUserId: caller.userId, action: 'initiatives.removeFile', target: initiativeId, details: { fileName: gone.file_name } });
}

/** A material file's bytes for the caller: an admin, or a leader the initiative is aimed at; NOT_FOUND for anyone else. */
export async function readMaterialFile(tx: TenantTx, caller: InitiativeCaller, initiativeId: string, fileId: string): Promise<{ fileName: string; contentType: string; bytes: Uint8Array }> {
  await assertSeesInitiative(tx, caller, initiativeId);
  const row = await tx.selectFrom('initiative_files').select(['file_name', 'content_type', 'bytes']).where('initiative_id', '=', initiativeId).where('id', '=', fileId).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'initiatives.fileNotFound', {});
  return { fileName: row.file_name, contentType: row.content_type, bytes: row.bytes };
}
