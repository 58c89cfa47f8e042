import { DEMO_LEADER_EMAIL } from '@spejl/core';
import type { TenantTx } from '@spejl/db';

/** A person of the demo hierarchy, as much as the browser tests need. */
export interface DemoPerson {
  person_id: string;
  name: string;
  manager_id: string | null;
}

/**
 * The person the demo leader account is bound to, their direct reports, and the leaders the peer
 * rules allow as their peers (not themselves, their superior or one of their employees), first
 * `peerCount` of them by id.
 */
export async function demoLeaderAndPeers(tx: TenantTx, peerCount = 3): Promise<{ leader: DemoPerson; team: DemoPerson[]; peers: DemoPerson[] }> {
  const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select('memberships.person_id').where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
  const people = await tx.selectFrom('people').select(['person_id', 'name', 'manager_id']).orderBy('person_id').execute();
  const leader = people.find((p) => p.person_id === member.person_id);
  if (!leader) throw new Error('the demo leader account is bound to no person');
  const leads = new Set(people.map((p) => p.manager_id));
  const peers = people.filter((p) => leads.has(p.person_id) && p.person_id !== leader.person_id && p.person_id !== leader.manager_id && p.manager_id !== leader.person_id).slice(0, peerCount);
  return { leader, team: people.filter((p) => p.manager_id === leader.person_id), peers };
}
