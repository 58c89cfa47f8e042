import { currentTenant, onCitus, sql, tenantOf, type TenantTx } from '@spejl/db';
import { insertValues } from './values-insert.ts';
import type { PersonChange } from './people-diff.ts';
import { searchKey, type PersonRecord, type StoredPerson } from './person.ts';

/** Rows per bulk statement: large enough to be fast, small enough to report progress. */
export const BATCH = 5000;

/** Every person of the tenant, in person_id order. */
export async function loadPeople(tx: TenantTx): Promise<StoredPerson[]> {
  const rows = await tx
    .selectFrom('people')
    .select(['person_id', 'name', 'email', 'manager_id', 'faggruppe', 'unit_name', 'unit_code', 'language', 'exempt', 'exempt_reason'])
    .orderBy('person_id')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    name: r.name,
    email: r.email,
    managerId: r.manager_id,
    faggruppe: r.faggruppe,
    unitName: r.unit_name,
    ...(r.unit_code ? { unitCode: r.unit_code } : {}),
    ...(r.language ? { language: r.language } : {}),
    exempt: r.exempt,
    exemptReason: r.exempt_reason,
  }));
}

function columns(people: readonly PersonRecord[]) {
  return {
    ids: people.map((p) => p.personId),
    names: people.map((p) => p.name),
    emails: people.map((p) => p.email),
    managers: people.map((p) => p.managerId),
    faggrupper: people.map((p) => p.faggruppe),
    units: people.map((p) => p.unitName),
    codes: people.map((p) => p.unitCode ?? null),
    languages: people.map((p) => p.language ?? null),
    keys: people.map(searchKey),
  };
}

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>, progress?: (done: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await write(rows.slice(i, i + BATCH));
    progress?.(Math.min(i + BATCH, rows.length));
  }
}

/** Inserts people with one unnest() statement per batch (VALUES on Citus, see values-insert.ts). */
export async function insertPeople(tx: TenantTx, people: readonly PersonRecord[], progress?: (done: number) => void): Promise<void> {
  const tenantId = tenantOf(tx);
  await inBatches(people, async (batch) => {
    if (onCitus(tx)) {
      return insertValues(tx, 'people', batch.map((p) => ({
        tenant_id: tenantId, person_id: p.personId, name: p.name, email: p.email, manager_id: p.managerId,
        faggruppe: p.faggruppe, unit_name: p.unitName, unit_code: p.unitCode ?? null, language: p.language ?? null, search_key: searchKey(p),
      })));
    }
    const c = columns(batch);
    await sql`insert into people (tenant_id, person_id, name, email, manager_id, faggruppe, unit_name, unit_code, language, search_key)
      select ${currentTenant(tx)}, u.* from unnest(${c.ids}::text[], ${c.names}::text[], ${c.emails}::text[],
        ${c.managers}::text[], ${c.faggrupper}::text[], ${c.units}::text[], ${c.codes}::text[], ${c.languages}::text[], ${c.keys}::text[]) as u`.execute(tx);
  }, progress);
}

/**
 * Rewrites changed people from the file's values. Changed emails are cleared first,
 * so two people may swap addresses without tripping the unique index mid-statement.
 */
export async function updatePeople(tx: TenantTx, changes: readonly PersonChange[], progress?: (done: number) => void): Promise<void> {
  const newEmails = changes.filter((c) => c.before.email !== c.after.email).map((c) => c.before.personId);
  await inBatches(newEmails, (ids) => sql`update people set email = null where tenant_id = ${currentTenant(tx)} and person_id = any(${ids}::text[])`.execute(tx));
  await inBatches(changes, async (batch) => {
    const c = columns(batch.map((ch) => ch.after));
    await sql`update people p set name = u.name, email = u.email, manager_id = u.manager_id,
        faggruppe = u.faggruppe, unit_name = u.unit_name, unit_code = u.unit_code, language = u.language, search_key = u.search_key, updated_at = now()
      from unnest(${c.ids}::text[], ${c.names}::text[], ${c.emails}::text[], ${c.managers}::text[],
        ${c.faggrupper}::text[], ${c.units}::text[], ${c.codes}::text[], ${c.languages}::text[], ${c.keys}::text[]) as u(person_id, name, email, manager_id, faggruppe, unit_name, unit_code, language, search_key)
      where p.tenant_id = ${currentTenant(tx)} and p.person_id = u.person_id`.execute(tx);
  }, progress);
}

/** Removes people by person_id. */
export async function deletePeople(tx: TenantTx, ids: readonly string[], progress?: (done: number) => void): Promise<void> {
  await inBatches(ids, (batch) => sql`delete from people where tenant_id = ${currentTenant(tx)} and person_id = any(${batch}::text[])`.execute(tx), progress);
}
