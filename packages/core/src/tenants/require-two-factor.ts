import type { TenantTx } from '@spejl/db';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';

/** Whether the tenant requires its admins to sign in with a second factor. */
export async function requiresTwoFactor(tx: TenantTx, tenantId: string): Promise<boolean> {
  const row = await tx.selectFrom('tenants').select('require_two_factor').where('id', '=', tenantId).executeTakeFirstOrThrow();
  return row.require_two_factor;
}

/**
 * Turns the tenant's requirement on or off (its admins decide). Turning it on takes an admin who
 * has two-factor already: otherwise the change would shut them out of the page they made it on.
 */
export async function setRequireTwoFactor(
  tx: TenantTx, tenantId: string, required: boolean, actor: { id: string; twoFactorEnabled?: boolean | undefined },
): Promise<{ required: boolean }> {
  if (required && !actor.twoFactorEnabled) throw codedError('CONFLICT', 'tenant.twoFactorYourselfFirst', {});
  await tx.updateTable('tenants').set({ require_two_factor: required }).where('id', '=', tenantId).execute();
  await recordAudit(tx, { tenantId, actorUserId: actor.id, action: 'tenant.requireTwoFactor', target: null, details: { required } });
  return { required };
}
