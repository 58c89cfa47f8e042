import type { TenantRole } from '../tenants/tenant-access.ts';

/** Who asks to start or read a pulse: their role in the tenant, the person they are, their account. */
export interface PulseCaller {
  readonly role: TenantRole;
  readonly personId: string | null;
  readonly userId: string | null;
}

/** Whether the caller acts for the organisation (admins, and operators on its behalf). */
export function startsForOrganisation(caller: PulseCaller): boolean {
  return caller.role === 'admin' || caller.role === 'operator';
}

/** Whether the caller reads every team's pulse (the tenant's staff read every report). */
export function readsEveryPulse(caller: PulseCaller): boolean {
  return caller.role === 'admin' || caller.role === 'operator' || caller.role === 'analyst';
}
