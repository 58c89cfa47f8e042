import { currentTenant, sql, withTenant, type TenantTx } from '@spejl/db';
import { addMember } from '../tenants/members.ts';
import { setMemberPerson } from '../tenants/leader-person.ts';
import { ensureDemoUser } from './accounts.ts';
import type { DemoStep } from './steps.ts';

/** The demo leader's e-mail: one sign-in shows what a leader sees. */
export const DEMO_LEADER_EMAIL = 'leder@egeskov.example';

interface Candidate {
  person_id: string;
  name: string;
  forms: number;
  leader_reports: number;
}

/**
 * The leader of the demo's closed round a newcomer learns most from: one who leads other leaders
 * (so their direct reports' reports show too) and has the most submitted employee forms, enough
 * for the tenant's threshold so their report shows employee figures.
 */
async function showcaseLeader(tx: TenantTx): Promise<Candidate> {
  const { rows } = await sql<Candidate>`
    select * from (
      select p.person_id, p.name, t.threshold,
        (select count(*) from round_forms f where f.tenant_id = ${currentTenant(tx)} and f.round_id = p.round_id
           and f.subject_id = p.person_id and f.role = 'employee' and f.submitted)::int as forms,
        (select count(*) from round_people c where c.tenant_id = ${currentTenant(tx)} and c.round_id = p.round_id
           and c.manager_id = p.person_id and c.direct_reports > 0)::int as leader_reports
      from round_people p
      join rounds r on r.tenant_id = ${currentTenant(tx)} and r.id = p.round_id
      join tenants t on t.id = p.tenant_id
      where p.tenant_id = ${currentTenant(tx)} and r.status = 'closed' and p.direct_reports > 0 and not p.exempt
    ) candidates
    order by forms >= threshold desc, leader_reports > 0 desc, forms desc, person_id
    limit 1`.execute(tx);
  const leader = rows[0];
  if (!leader) throw new Error('the demo has no closed round with leaders; the leader account needs one');
  return leader;
}

/** Demo step: an account for a real leader of the closed round, bound to their person, to sign in as a leader. */
export const demoLeaderStep: DemoStep = {
  name: 'leader-account',
  async run({ db, tenant, operator, leaderPassword }) {
    const leader = await withTenant(db, tenant.id, showcaseLeader);
    const user = await ensureDemoUser(db, DEMO_LEADER_EMAIL, leader.name, leaderPassword, false);
    await withTenant(db, tenant.id, async (tx) => {
      await addMember(tx, tenant.id, user.id, 'leader', operator.id);
      await setMemberPerson(tx, tenant.id, user.id, leader.person_id, operator.id);
    });
  },
};
