import { isolateTenant, tenantPlacement, type Database, type Kysely, type TenantPlacement } from '@spejl/db';
import { codedError } from '../errors/spejl-error.ts';
import { tenantBySlug } from './tenants.ts';

const NODE = /^[A-Za-z0-9.-]+:\d{1,5}$/;

/**
 * `spejl tenant isolate`: gives a large tenant a shard of its own on a Citus cluster and moves it to
 * the emptiest worker, or to `to` (host:port of a worker). Refused, changing nothing, anywhere else.
 */
export async function isolateTenantBySlug(db: Kysely<Database>, slug: string, to?: string): Promise<{ before: TenantPlacement; after: TenantPlacement }> {
  const tenant = await tenantBySlug(db, slug);
  if (to !== undefined && !NODE.test(to)) throw codedError('BAD_INPUT', 'tenant.isolateNodeInvalid', { node: to });
  if (!(await tenantPlacement(db as unknown as Kysely<unknown>, tenant.id))) throw codedError('CONFLICT', 'tenant.isolateNeedsCitus', { slug });
  return isolateTenant(db as unknown as Kysely<unknown>, tenant.id, to);
}
