import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, withTenant, type SpejlDatabase, type TenantTx } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { SpejlError } from '../../src/errors/spejl-error.ts';
import { closeRound, createRound, launchRound, resendLink, themeSourceOf } from '../../src/rounds/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from './fixtures.ts';

const DAY = 86_400_000;
const coded = (error: unknown) => (error instanceof SpejlError ? { kind: error.kind, ...error.coded } : String(error));

describe.each(testEngines())('sending a link again on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  const run = <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(handle.db, tenantId, fn);
  const resend = (personId: string) => run((tx) => resendLink(tx, tenantId, roundId, personId)).then(() => 'queued', coded);
  const resends = (personId: string) =>
    run((tx) => tx.selectFrom('round_messages').select('seq').where('round_id', '=', roundId).where('person_id', '=', personId).where('kind', '=', 'resend').execute()).then((r) => r.length);

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'egeskov', name: 'Egeskov Kommune', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    const t0 = new Date(Date.now() - DAY);
    roundId = await run(async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Forår', themes: [{ id: 'borgerorientering' }], opensAt: t0, closesAt: new Date(t0.getTime() + 30 * DAY) }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY }, t0);
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('queues one link a person in ten minutes: the next twenty clicks are refused with a code and queue nothing', async () => {
    expect(await resend('1007')).toBe('queued');
    for (let i = 0; i < 20; i++) expect(await resend('1007')).toEqual({ kind: 'TOO_MANY', code: 'round.resendTooSoon', params: { personId: '1007', minutes: 10 } });
    expect(await resends('1007')).toBe(1);
    // Another person is not held up by it.
    expect(await resend('1008')).toBe('queued');
  });

  it('makes two clicks at once one mail and one refusal', async () => {
    const both = await Promise.all([resend('1010'), resend('1010')]);
    expect(both.filter((r) => r === 'queued')).toHaveLength(1);
    expect(both.find((r) => r !== 'queued')).toMatchObject({ code: 'round.resendTooSoon' });
    expect(await resends('1010')).toBe(1);
  });

  it('lets the link go again once ten minutes have passed', async () => {
    await run((tx) => tx.updateTable('round_messages').set({ created_at: sql<Date>`now() - interval '7 minutes'` }).where('person_id', '=', '1007').where('kind', '=', 'resend').execute());
    expect(await resend('1007')).toMatchObject({ code: 'round.resendTooSoon', params: { minutes: 3 } });
    await run((tx) => tx.updateTable('round_messages').set({ created_at: sql<Date>`now() - interval '11 minutes'` }).where('person_id', '=', '1007').where('kind', '=', 'resend').execute());
    expect(await resend('1007')).toBe('queued');
    expect(await resends('1007')).toBe(2);
  });

  it('says first what is wrong with the person or the round', async () => {
    expect(await resend('9999')).toMatchObject({ code: 'round.personHasNoForms' });
    await run((tx) => closeRound(tx, roundId));
    expect(await resend('1008')).toMatchObject({ code: 'round.linksOnlyWhileOpen' });
  });
});
