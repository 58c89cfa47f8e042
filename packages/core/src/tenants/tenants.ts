import { randomUUID } from 'node:crypto';
import { withTenant, withUser, type Database, type Kysely, type Selectable, type TenancyTables, type TenantTx, type Transaction } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError, codedIssue } from '../errors/spejl-error.ts';
import { newTenantSchema, tenantPatchSchema, type NewTenantInput, type TenantPatch } from './settings.ts';

/** A tenant as the API and the CLI show it. */
export interface Tenant {
  id: string;
  slug: string;
  name: string;
  sector: 'kommune' | 'region' | 'stat';
  locale: 'da' | 'en';
  threshold: number;
  /** The peers' own anonymity threshold (DESIGN.md, Anonymity). */
  peerThreshold: number;
  /** The comments' threshold as set; null: the default max(k, 5) (DESIGN.md, Anonymity). */
  commentThreshold: number | null;
  /** The IANA zone its times are shown in. */
  timeZone: string;
  branding: { primaryColor?: string; logoDataUrl?: string };
  createdAt: Date;
}

/** A tenant in someone's tenant switcher, with the role they hold there. */
export interface TenantChoice {
  id: string;
  slug: string;
  name: string;
  role: 'operator' | 'admin' | 'analyst' | 'leader';
}

function toTenant(row: Selectable<TenancyTables['tenants']>): Tenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    sector: row.sector,
    locale: row.locale,
    threshold: row.threshold,
    peerThreshold: row.peer_threshold,
    commentThreshold: row.comment_threshold,
    timeZone: row.time_zone,
    branding: row.branding,
    createdAt: row.created_at,
  };
}

async function assertSlugFree(db: Kysely<Database> | Transaction<Database>, slug: string, except?: string): Promise<void> {
  let query = db.selectFrom('tenants').select('id').where('slug', '=', slug);
  if (except) query = query.where('id', '!=', except);
  if (await query.executeTakeFirst()) {
    throw codedError('CONFLICT', 'tenant.slugTaken', { slug }, [codedIssue('tenant.slugTaken', { slug }, { path: 'slug' })]);
  }
}

/** Inserts a tenant with its first audit entry, inside a transaction already set to its new id (so more can follow in it). */
export async function insertTenant(tx: TenantTx, id: string, input: NewTenantInput, actorUserId: string | null): Promise<Tenant> {
  const { timeZone, peerThreshold, commentThreshold, ...settings } = newTenantSchema.parse(input);
  await assertSlugFree(tx, settings.slug);
  assertCommentThresholdAtLeastK(commentThreshold, settings.threshold);
  const row = await tx
    .insertInto('tenants')
    .values({ id, ...settings, peer_threshold: peerThreshold, comment_threshold: commentThreshold, time_zone: timeZone, branding: JSON.stringify(settings.branding) })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, { tenantId: id, actorUserId, action: 'tenant.create', target: settings.slug, details: { name: settings.name } });
  return toTenant(row);
}

/** Creates a tenant and its first audit entry in one transaction. */
export async function createTenant(db: Kysely<Database>, input: NewTenantInput, actorUserId: string | null): Promise<Tenant> {
  const id = randomUUID();
  return withTenant(db, id, (tx) => insertTenant(tx, id, input, actorUserId));
}

/** Every tenant, by name: the operator's overview. */
export async function listTenants(db: Kysely<Database>): Promise<Tenant[]> {
  const rows = await db.selectFrom('tenants').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toTenant);
}

/** The tenant of the current transaction. */
export async function getTenant(tx: TenantTx, tenantId: string): Promise<Tenant> {
  const row = await tx.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'tenant.notFound', {});
  return toTenant(row);
}

/** Finds a tenant by slug (the command line names tenants that way). */
export async function tenantBySlug(db: Kysely<Database>, slug: string): Promise<Tenant> {
  const row = await db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'tenant.slugNotFound', { slug });
  return toTenant(row);
}

/** The rule of setCommentThreshold for a patch: the comment threshold it leaves is never below the k it leaves, k raised in the same patch included. */
async function assertCommentThresholdFits(tx: TenantTx, tenantId: string, changes: TenantPatch): Promise<void> {
  const current = await tx.selectFrom('tenants').select(['threshold', 'comment_threshold']).where('id', '=', tenantId).forUpdate().executeTakeFirst();
  if (!current) throw codedError('NOT_FOUND', 'tenant.notFound', {});
  assertCommentThresholdAtLeastK(changes.commentThreshold === undefined ? current.comment_threshold : changes.commentThreshold, changes.threshold ?? current.threshold);
}

/** A comment threshold set (not null, the default) is never below k (DESIGN.md, Anonymity). */
function assertCommentThresholdAtLeastK(commentThreshold: number | null, threshold: number): void {
  if (commentThreshold === null || commentThreshold >= threshold) return;
  const params = { commentThreshold, threshold };
  throw codedError('BAD_INPUT', 'comment.thresholdBelowK', params, [codedIssue('comment.thresholdBelowK', params, { path: 'commentThreshold' })]);
}

/** Changes a tenant's settings; the audit entry lists the fields that changed. */
export async function updateTenant(tx: TenantTx, tenantId: string, patch: TenantPatch, actorUserId: string | null): Promise<Tenant> {
  const changes = tenantPatchSchema.parse(patch);
  if (changes.slug) await assertSlugFree(tx, changes.slug, tenantId);
  if (changes.threshold !== undefined || changes.commentThreshold !== undefined) await assertCommentThresholdFits(tx, tenantId, changes);
  const { branding, timeZone, peerThreshold, commentThreshold, ...plain } = changes;
  const row = await tx
    .updateTable('tenants')
    .set({ ...plain, ...(peerThreshold ? { peer_threshold: peerThreshold } : {}), ...(commentThreshold !== undefined ? { comment_threshold: commentThreshold } : {}), ...(timeZone ? { time_zone: timeZone } : {}), ...(branding ? { branding: JSON.stringify(branding) } : {}) })
    .where('id', '=', tenantId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw codedError('NOT_FOUND', 'tenant.notFound', {});
  await recordAudit(tx, { tenantId, actorUserId, action: 'tenant.update', target: row.slug, details: { fields: Object.keys(changes) } });
  return toTenant(row);
}

/** The tenants a user is a member of, with their role in each. */
export async function membershipsOf(db: Kysely<Database>, userId: string): Promise<TenantChoice[]> {
  return withUser(db, userId, (tx) =>
    tx
      .selectFrom('memberships')
      .innerJoin('tenants', 'tenants.id', 'memberships.tenant_id')
      .select(['tenants.id', 'tenants.slug', 'tenants.name', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .orderBy('tenants.name')
      .execute(),
  );
}

/** The tenants a user may switch to: all of them for operators, their memberships for everyone else. */
export async function tenantsForUser(db: Kysely<Database>, user: { id: string; operator: boolean }): Promise<TenantChoice[]> {
  if (!user.operator) return membershipsOf(db, user.id);
  const rows = await db.selectFrom('tenants').select(['id', 'slug', 'name']).orderBy('name').execute();
  return rows.map((r) => ({ ...r, role: 'operator' as const }));
}
