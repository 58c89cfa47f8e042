import type { TenantRole } from '../tenants/tenant-access.ts';

/** Who is asking, as the tenant access says (the API's context). */
export interface InitiativeCaller {
  userId: string;
  role: TenantRole;
  personId: string | null;
}

/** Whether the caller manages the tenant's initiatives (creates them, reads every answer). */
export function managesInitiatives(caller: InitiativeCaller): boolean {
  return caller.role === 'admin' || caller.role === 'operator';
}
