import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { DEMO_LEADER_EMAIL, myInitiatives, seedDemo, viewInitiative } from '../../src/index.ts';

describe.each(testEngines())('the demo initiative on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await seedDemo(handle.db, { operator: 'demo-operator-pw-1', admin: 'demo-admin-pw-1' })).tenant.id;
  });
  afterAll(() => handle?.close());

  it('runs the first case aimed at the demo leader\'s chain, its follow-up answered by one leader below them', async () => {
    const leaderUser = await handle.db.selectFrom('user').select('id').where('email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
    await withTenant(handle.db, tenantId, async (tx) => {
      const member = await tx.selectFrom('memberships').select('person_id').where('user_id', '=', leaderUser.id).executeTakeFirstOrThrow();
      const leader = { userId: leaderUser.id, role: 'leader' as const, personId: member.person_id };
      const mine = await myInitiatives(tx, leader);
      expect(mine.map((i) => i.title)).toEqual(['Kan alle sætte borgeren i centrum?']);
      const page = await viewInitiative(tx, tenantId, { userId: 'demo', role: 'admin', personId: null }, mine[0]!.id);
      expect(page.target).toEqual({ kind: 'chain', leaderId: member.person_id });
      expect(page.followUpOpen).toBe(true);
      expect(page.links).toHaveLength(2);
      expect(page.files.map((f) => f.fileName)).toEqual(['Diskussionsmateriale.txt']);
      const answered = page.participants!.filter((p) => p.answer);
      expect(answered).toHaveLength(1);
      expect(answered[0]!.personId).not.toBe(member.person_id);
      expect(answered[0]!.answer!.did).toMatch(/videoen om regnskabets borgere/);
      expect(page.participants!.length).toBeGreaterThan(1);
    });
  });
});
