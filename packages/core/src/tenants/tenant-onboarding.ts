import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { emailSchema } from '../accounts/users.ts';
import type { Mailer } from '../mail/transport.ts';
import { inviteMember, type NewInvitation } from './invitations.ts';
import { newTenantSchema } from './settings.ts';
import { insertTenant, type Tenant } from './tenants.ts';

/** A new tenant's settings and, optionally, the e-mail of its first admin. */
export const newTenantWithAdminSchema = newTenantSchema.extend({ firstAdminEmail: emailSchema.optional() });

/** What creating a tenant did: the tenant, and the invitation of its first admin when one was asked for. */
export interface CreatedTenant {
  tenant: Tenant;
  invitation: NewInvitation | null;
}

/**
 * Creates a tenant and, when an e-mail is given, invites its first admin through the ordinary
 * invitation flow (a personal link by mail, valid seven days), all in one transaction: a tenant
 * is never left half made, and a refused invitation creates no tenant.
 */
export async function createTenantWithAdmin(
  db: Kysely<Database>,
  input: z.input<typeof newTenantWithAdminSchema>,
  context: { actorUserId: string | null; mailer: Mailer; publicUrl: string },
): Promise<CreatedTenant> {
  const { firstAdminEmail, ...settings } = newTenantWithAdminSchema.parse(input);
  const id = randomUUID();
  return withTenant(db, id, async (tx) => {
    const tenant = await insertTenant(tx, id, settings, context.actorUserId);
    const invitation = firstAdminEmail
      ? await inviteMember(tx, { tenantId: id, actorUserId: context.actorUserId, mailer: context.mailer, publicUrl: context.publicUrl }, { email: firstAdminEmail, role: 'admin' })
      : null;
    return { tenant, invitation };
  });
}
