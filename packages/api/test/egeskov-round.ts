import { readFileSync } from 'node:fs';
import { applyPeopleImport, importResponses, type UserSummary } from '@spejl/core';
import { withTenant, type MemberRole } from '@spejl/db';
import type { ApiFixture } from './fixture.ts';

process.env.SPEJL_LINK_SECRET ??= 'api-test-link-secret-0123456789-abcdefghijkl';

/** A file of the egeskov example (16 people, leaders 1001–1005 and 1013) shared with core's roll-up tests. */
export const egeskovFile = (name: string) => new Uint8Array(readFileSync(new URL(`../../core/test/rollup/fixtures/${name}`, import.meta.url)));

/** Makes a member with a role and, for leaders, the person they are in the hierarchy. */
export async function member(f: ApiFixture, tenantId: string, name: string, role: MemberRole, personId: string | null): Promise<UserSummary> {
  const u = await f.user(name);
  await f.join(tenantId, u, role);
  if (personId) await withTenant(f.db, tenantId, (tx) => tx.updateTable('memberships').set({ person_id: personId }).where('user_id', '=', u.id).execute());
  return u;
}

/** A tenant of the egeskov example (its admin and its 16 people imported), with no round yet. */
export async function egeskovTenant(f: ApiFixture): Promise<{ tenantId: string; admin: UserSummary }> {
  const { tenant, admin } = await f.tenantWithAdmin('egeskov');
  await withTenant(f.db, tenant.id, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: egeskovFile('egeskov-people.csv') }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
  return { tenantId: tenant.id, admin };
}

/** Imports the egeskov example's 16 people into a tenant. */
export async function importEgeskovPeople(f: ApiFixture, tenantId: string): Promise<void> {
  await withTenant(f.db, tenantId, (tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: egeskovFile('egeskov-people.csv') }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
}

/** A tenant of the egeskov example with a closed round of it, through the API; returns the round id. */
export async function closedEgeskovRound(f: ApiFixture, admin: UserSummary, tenantId: string, beforeClose?: () => Promise<void>): Promise<string> {
  await importEgeskovPeople(f, tenantId);
  const round = await f.as(admin).rounds.create({ tenantId, settings: { name: 'Ledelsesevaluering 2026', themes: [{ id: 'borgerorientering' }] } });
  await f.as(admin).rounds.launch({ tenantId, roundId: round.id });
  await beforeClose?.();
  await f.as(admin).rounds.close({ tenantId, roundId: round.id });
  // A file goes only into a closed round without link answers (core responses/import-source.ts).
  await withTenant(f.db, tenantId, (tx) => importResponses(tx, tenantId, round.id, egeskovFile('egeskov-responses.csv'), 'responses.csv'));
  return round.id;
}
