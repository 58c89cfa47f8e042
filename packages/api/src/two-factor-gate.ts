import { codedError, type TenantEntry } from '@spejl/core';

/*
 * Two-factor required (issue 16), enforced on the server: a tenant that requires it refuses its
 * admins, and operators acting in it, until their account has a second factor; an installation
 * may require it of every operator. Analysts and leaders are not asked. The console turns the
 * refusal into its set-up page, but the refusal itself is here, so no client can skip it.
 */

/** Who is asking, as far as the gate needs to know. */
interface Caller {
  readonly operator: boolean;
  readonly twoFactorEnabled?: boolean | undefined;
}

/** Refuses an operator without a second factor where the installation requires one. */
export function checkOperatorTwoFactor(user: Caller, requireOperatorTwoFactor: boolean | undefined): void {
  if (user.operator && requireOperatorTwoFactor && !user.twoFactorEnabled) throw codedError('FORBIDDEN', 'access.operatorTwoFactorRequired', {});
}

/** Refuses an admin or operator without a second factor in a tenant that requires one. */
export function checkTenantTwoFactor(user: Caller, entry: TenantEntry, requireOperatorTwoFactor: boolean | undefined): void {
  checkOperatorTwoFactor(user, requireOperatorTwoFactor);
  const asked = entry.role === 'admin' || entry.role === 'operator';
  if (asked && entry.requireTwoFactor && !user.twoFactorEnabled) throw codedError('FORBIDDEN', 'access.twoFactorRequired', {});
}
