import { sql, withTenant, type Database, type Kysely } from '@spejl/db';
import { DEMO_LEADER_EMAIL } from './leader-account.ts';

/** Who the demo leader account is in the hierarchy, so a newcomer knows whose report they will see. */
export interface DemoLeaderIdentity {
  name: string;
  personId: string;
  unitName: string | null;
  directReports: number;
  /** How many of the direct reports lead people themselves (their reports show too). */
  leadersBelow: number;
}

/** The person the demo leader account is bound to in the demo tenant, or undefined when there is none. */
export async function demoLeaderIdentity(db: Kysely<Database>, tenantId: string): Promise<DemoLeaderIdentity | undefined> {
  // Accounts are global; the membership and the person are the tenant's.
  const account = await db.selectFrom('user').select('id').where('email', '=', DEMO_LEADER_EMAIL).executeTakeFirst();
  if (!account) return undefined;
  return withTenant(db, tenantId, async (tx) => {
    const { rows } = await sql<DemoLeaderIdentity>`
      select p.name, p.person_id as "personId", p.unit_name as "unitName",
        (select count(*) from people r where r.tenant_id = ${tenantId} and r.manager_id = p.person_id)::int as "directReports",
        (select count(*) from people r where r.tenant_id = ${tenantId} and r.manager_id = p.person_id
           and exists (select 1 from people e where e.tenant_id = ${tenantId} and e.manager_id = r.person_id))::int as "leadersBelow"
      from memberships m
      join people p on p.tenant_id = ${tenantId} and p.person_id = m.person_id
      where m.tenant_id = ${tenantId} and m.user_id = ${account.id}`.execute(tx);
    return rows[0];
  });
}

/** "Karen Nielsen (person id 100011), who leads Familieafdelingen Fjordvang", for the start banner and `spejl demo`. */
export function demoLeaderSummary(who: DemoLeaderIdentity): string {
  return `${who.name} (person id ${who.personId})${who.unitName ? `, who leads ${who.unitName}` : ''}`;
}
