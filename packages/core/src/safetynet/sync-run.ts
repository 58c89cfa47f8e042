import { withTenant, type Database, type Kysely, type SafetyNetSyncStatus, type TenantTx } from '@spejl/db';
import type { CodedError } from '@spejl/error-catalogue';
import { recordAudit } from '../audit/log.ts';
import { codedError, formatIssue, SpejlError } from '../errors/spejl-error.ts';
import { issueTotal } from '../files/issue-cap.ts';
import { tenantFaggrupper } from '../hierarchy/faggrupper.ts';
import { applyPeopleImport, previewPeopleImport, type PeopleUpload } from '../hierarchy/people-import.ts';
import { countDiff, diffPeople, isEmptyDiff, type DiffCounts } from '../hierarchy/people-diff.ts';
import { peopleToCsv } from '../hierarchy/people-export.ts';
import { loadPeople } from '../hierarchy/people-store.ts';
import { PERSON_FIELDS } from '../hierarchy/person.ts';
import { deliverClaimed } from '../mail/claimed-delivery.ts';
import type { Mailer } from '../mail/transport.ts';
import { fetchSafetyNetPair } from './sftp-fetch.ts';
import { readSafetyNetPair, type SafetyNetPair } from './safetynet-pair.ts';
import { heldSyncMails } from './sync-mail.ts';
import { weighSync, type SyncWeight } from './sync-hold.ts';
import { safetyNetConfig } from './sync-settings.ts';

/** Where a sync's mail goes and what its links point at. */
export interface SyncServices {
  mailer: Mailer;
  publicUrl: string;
}

/** What one sync came to. */
export interface SyncOutcome {
  syncId: string;
  status: SafetyNetSyncStatus;
  counts: DiffCounts | null;
  error: CodedError | null;
}

type Trigger = 'schedule' | 'manual';

/** The people file's own columns under their own names: a sync's rows are Spejl's people file. */
const OWN_COLUMNS = Object.fromEntries(PERSON_FIELDS.map((f) => [f, f]));

/** The rows a pair became, as an upload of the people import (what a held sync keeps and applies on approval). */
export function rowsUpload(csv: string, fileName: string): PeopleUpload {
  return { fileName, bytes: new TextEncoder().encode(csv), mapping: OWN_COLUMNS };
}

/** The actor of what the schedule does without a person. */
const SFTP_ACTOR = { userId: null, label: 'sftp' };

async function insertSync(tx: TenantTx, tenantId: string, row: { status: SafetyNetSyncStatus; trigger: Trigger; counts?: DiffCounts; rows?: number; weight?: SyncWeight; samples?: unknown; csv?: string; token?: string | null; error?: CodedError; importId?: string }): Promise<string> {
  const inserted = await tx
    .insertInto('safetynet_syncs')
    .values({
      tenant_id: tenantId, status: row.status, trigger: row.trigger,
      counts: row.counts ? JSON.stringify({ ...row.counts, rows: row.rows ?? 0 }) : null, samples: row.samples ? JSON.stringify(row.samples) : null,
      left_share: row.weight?.leftShare ?? null, renumbered_share: row.weight?.renumberedShare ?? null,
      people_csv: row.csv ?? null, token: row.token ?? null, error: row.error ? JSON.stringify(row.error) : null, import_id: row.importId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Records a failed fetch or a bad pair; nothing else changes. */
export async function recordFailedSync(tx: TenantTx, tenantId: string, trigger: Trigger, error: CodedError): Promise<SyncOutcome> {
  const syncId = await insertSync(tx, tenantId, { status: 'failed', trigger, error });
  await recordAudit(tx, { tenantId, actorUserId: null, action: 'safetynet.sync.failed', target: syncId, details: { code: error.code } });
  return { syncId, status: 'failed', counts: null, error };
}

/** A held sync older than a newer fetch can never be applied as shown: it is discarded. */
async function supersedeHeld(tx: TenantTx, tenantId: string): Promise<void> {
  await tx.updateTable('safetynet_syncs').set({ status: 'discarded', decided_at: new Date(), people_csv: null, token: null, samples: null })
    .where('tenant_id', '=', tenantId).where('status', '=', 'held').execute();
}

/**
 * Settles a fetched pair in the tenant's transaction: a bad pair fails; a pair that changes more than
 * the limits (20 % left, 5 % new ids) is held with its rows and diff for an admin; anything else is
 * applied through the people import. Returns what happened and, when held, the weight for the mail.
 */
export async function settleFetchedPair(tx: TenantTx, tenantId: string, pair: SafetyNetPair, trigger: Trigger): Promise<SyncOutcome & { weight: SyncWeight | null }> {
  const file = await readSafetyNetPair(pair, { faggrupper: await tenantFaggrupper(tx) });
  if (file.errors.length > 0) {
    const error = codedError('BAD_INPUT', 'safetynet.badFile', { count: issueTotal(file.errors), first: formatIssue(file.errors[0]!) }).coded!;
    return { ...(await recordFailedSync(tx, tenantId, trigger, error)), weight: null };
  }
  await supersedeHeld(tx, tenantId);
  const current = await loadPeople(tx);
  const diff = diffPeople(current, file.people);
  const counts = countDiff(diff);
  const name = `${pair.units.fileName} + ${pair.employees.fileName}`;
  if (isEmptyDiff(diff)) {
    const syncId = await insertSync(tx, tenantId, { status: 'unchanged', trigger, counts, rows: file.people.length });
    return { syncId, status: 'unchanged', counts, error: null, weight: null };
  }
  const weight = weighSync(diff, current.length);
  // Without a BOM: a database hands text back without one, and the held rows must hash as shown.
  const csv = peopleToCsv(file.people, { bom: false });
  const upload = rowsUpload(csv, name);
  if (weight.held) {
    const preview = await previewPeopleImport(tx, upload);
    const syncId = await insertSync(tx, tenantId, { status: 'held', trigger, counts, rows: file.people.length, weight, samples: preview.samples, csv, token: preview.token });
    await recordAudit(tx, { tenantId, actorUserId: null, action: 'safetynet.sync.held', target: syncId, details: { ...counts, renumbered: weight.renumbered } });
    return { syncId, status: 'held', counts, error: null, weight };
  }
  const result = await applyPeopleImport(tx, upload, { actor: SFTP_ACTOR, source: 'sftp', confirmLargeChange: true });
  const syncId = await insertSync(tx, tenantId, { status: 'applied', trigger, counts, rows: file.people.length, weight, importId: result.importId });
  await recordAudit(tx, { tenantId, actorUserId: null, action: 'safetynet.sync.applied', target: syncId, details: { ...counts } });
  return { syncId, status: 'applied', counts, error: null, weight: null };
}

/** A fetch failure as the code a sync records; anything not coded is the server's trouble and is thrown. */
function fetchFailure(error: unknown): CodedError {
  if (error instanceof SpejlError && error.coded) return error.coded;
  throw error;
}

/**
 * A sync an admin starts from the console, inside the request's transaction (a second transaction
 * would wait on the first on PGlite's one connection). The admin sees a held sync at once, so no mail.
 */
export async function runSyncInTransaction(tx: TenantTx, tenantId: string): Promise<SyncOutcome> {
  const config = await safetyNetConfig(tx);
  if (!config) throw codedError('NOT_FOUND', 'safetynet.notConfigured', {});
  let pair: SafetyNetPair;
  try {
    pair = await fetchSafetyNetPair(config);
  } catch (error) {
    return recordFailedSync(tx, tenantId, 'manual', fetchFailure(error));
  }
  const { weight: _weight, ...outcome } = await settleFetchedPair(tx, tenantId, pair, 'manual');
  return outcome;
}

/**
 * One sync of a tenant: fetches the pair over SFTP (outside any transaction), settles it, and tells
 * the admins by mail when it is held. Null when the tenant has no SFTP location saved.
 */
export async function runSafetyNetSync(db: Kysely<Database>, tenantId: string, services: SyncServices, trigger: Trigger): Promise<SyncOutcome | null> {
  const config = await withTenant(db, tenantId, safetyNetConfig);
  if (!config) return null;
  let pair: SafetyNetPair;
  try {
    pair = await fetchSafetyNetPair(config);
  } catch (error) {
    const coded = fetchFailure(error);
    return withTenant(db, tenantId, (tx) => recordFailedSync(tx, tenantId, trigger, coded));
  }
  const outcome = await withTenant(db, tenantId, (tx) => settleFetchedPair(tx, tenantId, pair, trigger));
  const { weight, ...rest } = outcome;
  if (outcome.status === 'held' && weight && outcome.counts) {
    const counts = outcome.counts;
    await deliverClaimed(db, tenantId, services.mailer, (tx) => heldSyncMails(tx, tenantId, counts, weight, services.publicUrl));
  }
  return rest;
}
