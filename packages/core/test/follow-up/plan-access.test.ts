import { describe, expect, it } from 'vitest';
import { confirmsTalk, planAccess, readsPlanText, type FollowUpPolicy, type PlanReader } from '../../src/follow-up/plan-access.ts';

const plan = { leaderId: '1004', superiorId: '1002' };
const policies: FollowUpPolicy[] = [true, false].flatMap((superiorReadsPlans) => (['status', 'everything'] as const).map((staffReads) => ({ superiorReadsPlans, staffReads })));

describe('who may read a follow-up plan', () => {
  it('gives the leader their own plan whatever the policy', () => {
    for (const policy of policies) expect(planAccess({ role: 'leader', personId: '1004' }, plan, policy)).toBe('owner');
  });

  it('gives the superior in the round the plan only while the tenant allows it, and the talk they confirm always', () => {
    const superior: PlanReader = { role: 'leader', personId: '1002' };
    expect(planAccess(superior, plan, { superiorReadsPlans: true, staffReads: 'status' })).toBe('superior');
    expect(planAccess(superior, plan, { superiorReadsPlans: false, staffReads: 'everything' })).toBe('talk');
    expect(readsPlanText('talk')).toBe(false);
    expect(confirmsTalk('talk') && confirmsTalk('superior')).toBe(true);
    expect(['owner', 'reader', 'status', 'none'].some((a) => confirmsTalk(a as 'owner'))).toBe(false);
  });

  it('gives every other leader nothing: a grand-superior, a sibling, an unbound leader', () => {
    for (const policy of policies) {
      for (const personId of ['1001', '1005', '1003', null]) expect(planAccess({ role: 'leader', personId }, plan, policy)).toBe('none');
    }
  });

  it('gives admins, analysts and operators the status or everything, as the tenant says, never the right to write', () => {
    for (const role of ['admin', 'analyst', 'operator'] as const) {
      expect(planAccess({ role, personId: null }, plan, { superiorReadsPlans: true, staffReads: 'status' })).toBe('status');
      expect(planAccess({ role, personId: null }, plan, { superiorReadsPlans: true, staffReads: 'everything' })).toBe('reader');
    }
    expect(readsPlanText('status')).toBe(false);
    expect(readsPlanText('reader')).toBe(true);
  });
});
