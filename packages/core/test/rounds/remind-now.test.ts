import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase, type TenantTx } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { SpejlError } from '../../src/errors/spejl-error.ts';
import { createMailer } from '../../src/mail/index.ts';
import {
  closeRound, createRound, launchRound, previewReminderNow, reminderHistory, remindNow, runTenantMail, themeSourceOf, REMIND_AGAIN_AFTER_MS, type ReminderRequest,
} from '../../src/rounds/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from './fixtures.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;
const snapshots = memorySnapshots(EGESKOV);
const codeOf = (error: unknown) => (error instanceof SpejlError ? error.coded?.code : String(error));

describe.each(testEngines())('sending a reminder now on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let roundId: string;
  const t0 = new Date(Date.now() - DAY);
  const run = <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(handle.db, tenantId, fn);
  const send = (request: ReminderRequest, at: Date) => run((tx) => remindNow(tx, tenantId, roundId, { ...request, requestedBy: 'admin-user' }, snapshots, at));
  const refusal = (request: ReminderRequest, at: Date) => send(request, at).then(() => 'sent', codeOf);
  const remindedIn = (seq: number) =>
    run((tx) => tx.selectFrom('round_messages').select('person_id').where('round_id', '=', roundId).where('kind', '=', 'reminder').where('seq', '=', seq).orderBy('person_id').execute()).then((rows) => rows.map((r) => r.person_id));
  const finish = (personId: string) => run((tx) => tx.updateTable('round_assignments').set({ finished_at: t0 }).where('round_id', '=', roundId).where('person_id', '=', personId).execute());

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'egeskov', name: 'Egeskov Kommune', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    roundId = await run(async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Forår', themes: [{ id: 'borgerorientering' }], opensAt: t0, closesAt: new Date(t0.getTime() + 30 * DAY), reminders: [new Date(t0.getTime() + 10 * DAY), new Date(t0.getTime() + 20 * DAY)] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots, linkKey: TEST_LINK_KEY }, t0);
      return round.id;
    });
    // Jens Lund (1006, employee of 1004) has finished; Jørgen Friis (1016) has no address.
    await finish('1006');
    await run((tx) => tx.updateTable('round_respondents').set({ email: null }).where('person_id', '=', '1016').execute());
  });
  afterAll(() => handle?.close());

  it('counts who would get it: the unfinished with an address, in the whole round or in one chain', async () => {
    const now = new Date();
    expect(await run((tx) => previewReminderNow(tx, roundId, { chainOf: null }, snapshots, now))).toEqual({ recipients: 14, withoutEmail: 1, blockedUntil: null });
    // 1004's chain: the forms about 1004 — employees 1006–1010, 1004 itself, its superior 1002 — less Jens.
    expect(await run((tx) => previewReminderNow(tx, roundId, { chainOf: '1004' }, snapshots, now))).toEqual({ recipients: 6, withoutEmail: 0, blockedUntil: null });
  });

  it('queues one reminder to each unfinished person of the chain, numbered after the plan, and never to someone finished', async () => {
    const at = new Date();
    expect(await send({ chainOf: '1004' }, at)).toEqual({ recipients: 6, seq: 3 });
    expect(await remindedIn(3)).toEqual(['1002', '1004', '1007', '1008', '1009', '1010']);
    const history = await run((tx) => reminderHistory(tx, roundId));
    expect(history.find((h) => h.byHand)).toMatchObject({ seq: 3, chain: { leaderId: '1004', name: 'Mads Bæk' }, recipients: 6, ranAt: at, delivery: { waiting: 6, sent: 0, stored: 0, failed: 0 } });
  });

  it('refuses the same chain again within ten minutes, lets another chain and everyone through, then everyone blocks every chain', async () => {
    const at = new Date();
    expect(await refusal({ chainOf: '1004' }, new Date(at.getTime() + MINUTE))).toBe('round.reminderJustSent');
    expect(await send({ chainOf: '1003' }, at)).toEqual({ recipients: 5, seq: 4 });
    expect(await send({ chainOf: null }, at)).toEqual({ recipients: 14, seq: 5 });
    expect(await remindedIn(5)).not.toContain('1006');
    expect(await refusal({ chainOf: '1005' }, new Date(at.getTime() + MINUTE))).toBe('round.reminderJustSent');
    const preview = await run((tx) => previewReminderNow(tx, roundId, { chainOf: '1005' }, snapshots, at));
    expect(preview.blockedUntil?.getTime()).toBeGreaterThan(at.getTime());
    expect(await send({ chainOf: '1004' }, new Date(at.getTime() + REMIND_AGAIN_AFTER_MS + MINUTE))).toMatchObject({ seq: 6 });
  });

  it('refuses a chain nobody in the round is evaluated in, and a chain with nobody left to remind, recording nothing', async () => {
    const later = new Date(Date.now() + DAY);
    expect(await refusal({ chainOf: '1006' }, later)).toBe('round.reminderChainUnknown');
    for (const id of ['1013', '1014', '1015', '1003']) await finish(id);
    expect(await refusal({ chainOf: '1013' }, later)).toBe('round.reminderNobody');
    const runs = await run((tx) => tx.selectFrom('round_reminder_runs').select('seq').where('round_id', '=', roundId).execute());
    expect(runs.map((r) => r.seq).sort()).toEqual([3, 4, 5, 6]);
  });

  it('goes out through the mail job as reminders, and the planned reminders still go out on their dates', async () => {
    const mailer = createMailer({ from: 'spejl@example.org' });
    await runTenantMail(handle.db, tenantId, { mailer, linkKey: TEST_LINK_KEY, publicUrl: 'https://spejl.example', now: () => new Date(t0.getTime() + 11 * DAY) });
    const outbox = await run((tx) => tx.selectFrom('mail_outbox').select(['to_address', 'subject']).where('subject', 'like', 'Påmindelse%').execute());
    expect(outbox.some((m) => m.to_address === 'p1007@egeskov.dk')).toBe(true);
    expect(outbox.some((m) => m.to_address === 'p1006@egeskov.dk')).toBe(false);
    const history = await run((tx) => reminderHistory(tx, roundId));
    expect(history.filter((h) => !h.byHand).map((h) => h.ranAt !== null)).toEqual([true, false]);
    expect(history.every((h) => h.delivery.waiting === 0)).toBe(true);
  });

  it('refuses a round that is not open', async () => {
    await run((tx) => closeRound(tx, roundId));
    expect(await refusal({ chainOf: null }, new Date(Date.now() + 2 * DAY))).toBe('round.remindOnlyWhileOpen');
    const draft = await run((tx) => createRound(tx, tenantId, { name: 'Efterår', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME])));
    await expect(run((tx) => previewReminderNow(tx, draft.id, { chainOf: null }, snapshots))).rejects.toMatchObject({ coded: { code: 'round.remindOnlyWhileOpen', params: { status: 'draft' } } });
  });
});
