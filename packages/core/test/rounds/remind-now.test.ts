import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase, type TenantTx } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { SpejlError } from '../../src/errors/spejl-error.ts';
import { createMailer } from '../../src/mail/index.ts';
import {
  closeRound, createRound, launchRound, previewReminderNow, queueDueReminders, reminderHistory, remindNow, runTenantMail, themeSourceOf, REMINDED_LATELY_MS, type ReminderRequest,
} from '../../src/rounds/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from './fixtures.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;
const snapshots = memorySnapshots(EGESKOV);
const codeOf = (error: unknown) => (error instanceof SpejlError ? error.coded?.code : String(error));

/*
 * The Egeskov round: 16 people, 26 forms. Mads Bæk's (1004) chain has 7 forms: his 5 employees
 * (1006–1010), himself and his superior Ole (1002). Jens Lund (1006) has finished; Jørgen Friis
 * (1016, under 1013) has no address.
 */
describe.each(testEngines())('sending a reminder now on $name', (engine) => {
  let handle: SpejlDatabase;
  let slugs = 0;
  const t0 = new Date(Date.now() - DAY);
  beforeAll(async () => {
    handle = await engine.open();
  });
  afterAll(() => handle?.close());

  /** A tenant with the Egeskov round launched a day ago, Jens finished and Jørgen without an address. */
  async function world() {
    const tenantId = (await handle.db.insertInto('tenants').values({ slug: `egeskov-${++slugs}`, name: 'Egeskov Kommune', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow()).id;
    const run = <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(handle.db, tenantId, fn);
    const roundId = await run(async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Forår', themes: [{ id: 'borgerorientering' }], opensAt: t0, closesAt: new Date(t0.getTime() + 30 * DAY), reminders: [new Date(t0.getTime() + 10 * DAY), new Date(t0.getTime() + 20 * DAY)] }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots, linkKey: TEST_LINK_KEY }, t0);
      return round.id;
    });
    const finish = (personId: string) => run((tx) => tx.updateTable('round_assignments').set({ finished_at: t0 }).where('round_id', '=', roundId).where('person_id', '=', personId).execute());
    await finish('1006');
    await run((tx) => tx.updateTable('round_respondents').set({ email: null }).where('person_id', '=', '1016').execute());
    const send = (request: ReminderRequest, at: Date) => run((tx) => remindNow(tx, tenantId, roundId, { ...request, requestedBy: 'admin-user' }, snapshots, at));
    return {
      tenantId, roundId, run, finish, send,
      refusal: (request: ReminderRequest, at: Date) => send(request, at).then(() => 'sent', codeOf),
      preview: (request: ReminderRequest, at: Date) => run((tx) => previewReminderNow(tx, roundId, request, snapshots, at)),
      /** Who a run mailed, by person id. */
      remindedIn: (seq: number) =>
        run((tx) => tx.selectFrom('round_messages').select('person_id').where('round_id', '=', roundId).where('kind', '=', 'reminder').where('seq', '=', seq).orderBy('person_id').execute()).then((rows) => rows.map((r) => r.person_id)),
      /** How many reminders each person has had, all runs together. */
      remindersPerPerson: () =>
        run((tx) => tx.selectFrom('round_messages').select('person_id').where('round_id', '=', roundId).where('kind', '=', 'reminder').execute()).then((rows) => {
          const counts = new Map<string, number>();
          for (const r of rows) counts.set(r.person_id, (counts.get(r.person_id) ?? 0) + 1);
          return counts;
        }),
      history: () => run((tx) => reminderHistory(tx, roundId)),
    };
  }

  it('counts unfinished forms, and the people without an address whatever they have answered', async () => {
    const w = await world();
    const now = new Date();
    expect(await w.preview({ chainOf: null }, now)).toEqual({ unfinishedForms: 25, withoutEmail: 1, remindedLately: 0, everyoneRemindedLately: false });
    expect(await w.preview({ chainOf: '1004' }, now)).toEqual({ unfinishedForms: 6, withoutEmail: 0, remindedLately: 0, everyoneRemindedLately: false });
    // Grethe Bach's (1013) chain: 5 forms, Jørgen among their holders. Whether he has answered changes the forms, never the people.
    expect(await w.preview({ chainOf: '1013' }, now)).toMatchObject({ unfinishedForms: 5, withoutEmail: 1 });
    await w.finish('1016');
    expect(await w.preview({ chainOf: '1013' }, now)).toMatchObject({ unfinishedForms: 4, withoutEmail: 1 });
    expect(await w.preview({ chainOf: null }, now)).toMatchObject({ unfinishedForms: 24, withoutEmail: 1 });
  });

  it('mails each unfinished person of the chain once, and says how many forms were unfinished, not how many people', async () => {
    const w = await world();
    const at = new Date();
    expect(await w.send({ chainOf: '1004' }, at)).toEqual({ unfinishedForms: 6, seq: 3 });
    expect(await w.remindedIn(3)).toEqual(['1002', '1004', '1007', '1008', '1009', '1010']);
    const entry = (await w.history()).find((h) => h.byHand);
    expect(entry).toMatchObject({ seq: 3, chain: { leaderId: '1004', name: 'Mads Bæk' }, unfinishedForms: 6, ranAt: at, delivery: { waiting: 6, sent: 0, stored: 0, failed: 0 } });
    expect(entry).not.toHaveProperty('recipients');
  });

  it('never mails anyone twice within a day, however the chains are chosen: 1004, then 1002, 1001 and everyone give Karen one mail', async () => {
    const w = await world();
    const at = new Date();
    expect(await w.send({ chainOf: '1004' }, at)).toMatchObject({ seq: 3 });
    // 1002's chain (15 forms, Jens's done) holds 1004's: only those not reminded a minute ago get it (Birgitte, Lise and Lise's two employees).
    expect(await w.preview({ chainOf: '1002' }, new Date(at.getTime() + MINUTE))).toEqual({ unfinishedForms: 14, withoutEmail: 0, remindedLately: 6, everyoneRemindedLately: false });
    expect(await w.send({ chainOf: '1002' }, new Date(at.getTime() + MINUTE))).toEqual({ unfinishedForms: 14, seq: 4 });
    expect(await w.remindedIn(4)).toEqual(['1001', '1005', '1011', '1012']);
    expect(await w.send({ chainOf: '1001' }, new Date(at.getTime() + 2 * MINUTE))).toEqual({ unfinishedForms: 25, seq: 5 });
    expect(await w.remindedIn(5)).toEqual(['1003', '1013', '1014', '1015']);
    // Everyone: the only ones not reminded have finished (Jens) or have no address (Jørgen). Refused, recording nothing.
    expect(await w.refusal({ chainOf: null }, new Date(at.getTime() + 3 * MINUTE))).toBe('round.reminderNobody');
    expect(await w.refusal({ chainOf: '1004' }, new Date(at.getTime() + 3 * MINUTE))).toBe('round.reminderNobody');
    expect(await w.preview({ chainOf: '1004' }, new Date(at.getTime() + 3 * MINUTE))).toEqual({ unfinishedForms: 6, withoutEmail: 0, remindedLately: 6, everyoneRemindedLately: false });
    const perPerson = await w.remindersPerPerson();
    expect(perPerson.get('1007')).toBe(1);
    expect([...perPerson.values()].every((n) => n === 1)).toBe(true);
    expect(perPerson.size).toBe(14);
    expect((await w.history()).filter((h) => h.byHand).map((h) => h.seq)).toEqual([3, 4, 5]);

    // A day after the first run its people may be reminded again; those of the later runs not yet.
    expect(await w.send({ chainOf: null }, new Date(at.getTime() + REMINDED_LATELY_MS + 30_000))).toEqual({ unfinishedForms: 25, seq: 6 });
    expect(await w.remindedIn(6)).toEqual(['1002', '1004', '1007', '1008', '1009', '1010']);
    expect(await w.send({ chainOf: null }, new Date(at.getTime() + REMINDED_LATELY_MS + 3 * MINUTE))).toMatchObject({ seq: 7 });
    expect(await w.remindedIn(7)).toEqual(['1001', '1003', '1005', '1011', '1012', '1013', '1014', '1015']);
  });

  it('says so when everyone with an address in the chain was reminded lately, and counts a planned reminder as one', async () => {
    const w = await world();
    // The first planned reminder comes due: everyone unfinished with an address gets it.
    expect(await w.run((tx) => queueDueReminders(tx, w.tenantId, new Date(t0.getTime() + 11 * DAY)))).toBe(14);
    const soon = new Date(Date.now() + MINUTE);
    // 1013's chain: Grethe, her superior Hanne and two of her employees have an address and were reminded; Jørgen has none.
    expect(await w.preview({ chainOf: '1013' }, soon)).toEqual({ unfinishedForms: 5, withoutEmail: 1, remindedLately: 4, everyoneRemindedLately: true });
    expect(await w.refusal({ chainOf: '1013' }, soon)).toBe('round.reminderNobody');
    const planned = (await w.history()).find((h) => h.seq === 1);
    expect(planned).toMatchObject({ byHand: false, unfinishedForms: 25 });
    expect(planned?.ranAt).not.toBeNull();
  });

  it('refuses a chain nobody in the round is evaluated in, and a chain with nobody left to remind, recording nothing', async () => {
    const w = await world();
    const later = new Date(Date.now() + DAY);
    expect(await w.refusal({ chainOf: '1006' }, later)).toBe('round.reminderChainUnknown');
    for (const id of ['1013', '1014', '1015', '1003']) await w.finish(id);
    // Only Jørgen's form is left, and he has no address.
    expect(await w.preview({ chainOf: '1013' }, later)).toEqual({ unfinishedForms: 1, withoutEmail: 1, remindedLately: 0, everyoneRemindedLately: false });
    expect(await w.refusal({ chainOf: '1013' }, later)).toBe('round.reminderNobody');
    expect(await w.run((tx) => tx.selectFrom('round_reminder_runs').select('seq').where('round_id', '=', w.roundId).execute())).toEqual([]);
  });

  it('goes out through the mail job as reminders, and the planned reminders still go out on their dates', async () => {
    const w = await world();
    await w.send({ chainOf: '1004' }, new Date(Date.now() - 2 * DAY));
    const mailer = createMailer({ from: 'spejl@example.org' });
    await runTenantMail(handle.db, w.tenantId, { mailer, linkKey: TEST_LINK_KEY, publicUrl: 'https://spejl.example', now: () => new Date(t0.getTime() + 11 * DAY) });
    const outbox = await w.run((tx) => tx.selectFrom('mail_outbox').select(['to_address', 'subject']).where('subject', 'like', 'Påmindelse%').execute());
    expect(outbox.filter((m) => m.to_address === 'p1007@egeskov.dk')).toHaveLength(2);
    expect(outbox.some((m) => m.to_address === 'p1006@egeskov.dk')).toBe(false);
    const history = await w.history();
    expect(history.filter((h) => !h.byHand).map((h) => h.ranAt !== null)).toEqual([true, false]);
    expect(history.every((h) => h.delivery.waiting === 0)).toBe(true);
  });

  it('refuses a round that is not open', async () => {
    const w = await world();
    await w.run((tx) => closeRound(tx, w.roundId));
    expect(await w.refusal({ chainOf: null }, new Date(Date.now() + 2 * DAY))).toBe('round.remindOnlyWhileOpen');
    const draft = await w.run((tx) => createRound(tx, w.tenantId, { name: 'Efterår', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME])));
    await expect(w.run((tx) => previewReminderNow(tx, draft.id, { chainOf: null }, snapshots))).rejects.toMatchObject({ coded: { code: 'round.remindOnlyWhileOpen', params: { status: 'draft' } } });
  });
});
