import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserSummary } from '@spejl/core';
import { sql, withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closedEgeskovRound, member } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

/*
 * The comments router under attack: another tenant's admin, holding the victim's round id and a
 * real reference and text hash from the victim's queue, can neither read, mask nor release; a
 * leader of the same tenant cannot read the queue (comments are read by leaders only in reports,
 * after release and under the comment threshold).
 */

const GODT = 'borgerorientering.godt';
const TEXT = 'Birgitte Ravn svarer aldrig, ring 12345678';

describe.each(testEngines())('the comments router under attack on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let roundId: string;
  let admin: UserSummary;
  let analyst: UserSummary;
  let leader: UserSummary;
  let intruder: UserSummary;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const made = await f.tenantWithAdmin('kommentarer');
    tenantId = made.tenant.id;
    admin = made.admin;
    await f.as(admin).comments.setReviewSetting({ tenantId, commentReview: true });
    roundId = await closedEgeskovRound(f, admin, tenantId);
    await withTenant(f.db, tenantId, (tx) => sql`
      insert into round_forms (tenant_id, round_id, subject_id, role, answers, comments, submitted, source)
      values (${tenantId}::uuid, ${roundId}::uuid, '1004', 'employee', '{4,4,4,4}', ${JSON.stringify({ [GODT]: TEXT })}::jsonb, true, 'import')`.execute(tx));
    analyst = await member(f, tenantId, 'Analytiker', 'analyst', null);
    leader = await member(f, tenantId, 'Leder', 'leader', '1004');
    intruder = (await f.tenantWithAdmin('nabo')).admin;
  });
  afterAll(() => f?.close());

  const stored = () => withTenant(f.db, tenantId, (tx) => tx.selectFrom('round_forms').select('comments').where('round_id', '=', roundId).execute());

  it('another tenant’s admin cannot read, mask or release, even with a real reference; nothing changes', async () => {
    const item = (await f.as(analyst).comments.queue({ tenantId, roundId })).comments.find((c) => c.text === TEXT)!;
    const api = f.as(intruder);
    const input = { tenantId, roundId };
    await expect(api.comments.queue(input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.comments.mask({ ...input, ref: item.ref, questionId: GODT, textHash: item.textHash, spans: [{ start: 0, end: 13, kind: 'name' }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.comments.release(input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.comments.setReviewSetting({ tenantId, commentReview: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify(await stored())).toContain(TEXT);
    expect((await f.as(admin).rounds.get({ tenantId, roundId })).commentsReleasedAt).toBeNull();
  });

  it('a leader of the tenant cannot read the queue, mask or release', async () => {
    const api = f.as(leader);
    await expect(api.comments.queue({ tenantId, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(api.comments.release({ tenantId, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(analyst).comments.setReviewSetting({ tenantId, commentReview: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an analyst masks a pre-marked name and releases; bad spans get a coded refusal', async () => {
    const api = f.as(analyst);
    const item = (await api.comments.queue({ tenantId, roundId })).comments.find((c) => c.text === TEXT)!;
    expect(item.spans).toEqual([{ start: 0, end: 13, kind: 'name' }, { start: 34, end: 42, kind: 'phone' }]);
    const base = { tenantId, roundId, ref: item.ref, questionId: GODT, textHash: item.textHash };
    await expect(api.comments.mask({ ...base, spans: [{ start: 0, end: 99, kind: 'selection' }] })).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { coded: { code: 'commentReview.badSpan' } } });
    const masked = await api.comments.mask({ ...base, spans: [item.spans[0]!] });
    expect(masked.text).toBe('[fjernet] svarer aldrig, ring 12345678');
    await expect(api.comments.mask({ ...base, spans: [{ start: 0, end: 1, kind: 'selection' }] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await api.comments.release({ tenantId, roundId });
    await expect(api.comments.release({ tenantId, roundId })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(JSON.stringify(await stored())).not.toContain('Birgitte');
  });
});
