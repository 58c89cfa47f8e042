import type { TenantTx } from '@spejl/db';
import { calendarDayOf } from '@spejl/plugin-sdk/time';

/** Today in the tenant's time zone: the day initiatives' follow-ups are due by. */
export async function tenantToday(tx: TenantTx, tenantId: string, now = new Date()): Promise<string> {
  const t = await tx.selectFrom('tenants').select('time_zone').where('id', '=', tenantId).executeTakeFirstOrThrow();
  return calendarDayOf(now, t.time_zone);
}
