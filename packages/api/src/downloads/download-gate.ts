import { tenantAccess } from '@spejl/core';
import { withTenant } from '@spejl/db';
import type { ApiServices, SessionUser } from '../trpc.ts';
import { checkOperatorTwoFactor, checkTenantTwoFactor } from '../two-factor-gate.ts';

/**
 * The two-factor requirement for the plain download routes: they sit outside tRPC, so the tenant
 * middleware's gate does not see them, yet a report ZIP or a material file is as much the tenant's
 * as any tRPC answer. A caller with no standing in the tenant passes here and is refused by the
 * route itself, with the same answer as for ids that do not exist.
 */
export async function checkDownloadTwoFactor(services: ApiServices, tenantId: string, user: SessionUser): Promise<void> {
  checkOperatorTwoFactor(user, services.requireOperatorTwoFactor);
  await withTenant(services.db, tenantId, async (tx) => {
    const access = await tenantAccess(tx, tenantId, user);
    if (access) checkTenantTwoFactor(user, access, services.requireOperatorTwoFactor);
  });
}
