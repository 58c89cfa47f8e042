import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoundResults, type UserSummary } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { reports } from '@spejl/plugin-registry';
import { closedRound, splitResponses, twoServers, type Client } from './results-day-fixture.ts';

/*
 * Results day: each app server keeps closed rounds' results in memory. Two servers over one
 * database (as behind a load balancer) must never serve what an import on the other has changed,
 * must still decide every reader's access per request, and must never serve one tenant's held
 * results to another. A third server keeps nothing: what it serves is the reference.
 */
describe.each(testEngines())('results day on $name: servers keep closed rounds in memory', (engine) => {
  let f: Awaited<ReturnType<typeof twoServers>>;
  let tenantA: string;
  let tenantB: string;
  let roundA: string;
  let roundB: string;
  let openRound: string;
  const users: Record<string, UserSummary> = {};

  const as = (who: string, server: 0 | 1 | 2 = 0): Promise<Client> => f.as(users[who]!, server);
  const leaderReport = async (who: string, leaderId: string, server: 0 | 1 | 2 = 0, tenantId = tenantA, roundId = roundA) =>
    (await as(who, server)).reports.document.query({ tenantId, roundId, reportId: 'leader', leaderId });
  const stats = (server: 0 | 1) => f.caches[server].stats();

  beforeAll(async () => {
    f = await twoServers(engine);
    const a = await f.tenant('egeskov', 'Egeskov Kommune');
    tenantA = a.tenantId;
    users.admin = a.admin;
    users.ole = await f.member(tenantA, 'Ole', 'leader', '1002');
    users.mads = await f.member(tenantA, 'Mads', 'leader', '1004');
    const b = await f.tenant('naboby', 'Naboby Kommune');
    tenantB = b.tenantId;
    users.strangerAdmin = b.admin;
    users.stranger = await f.member(tenantB, 'Stranger', 'leader', '1002');
    const { first } = splitResponses();
    roundA = await closedRound(await as('admin'), tenantA, 'Ledelsesevaluering 2026', first);
    roundB = await closedRound(await as('strangerAdmin'), tenantB, 'Naboby 2026', egeskovAll());
    const admin = await as('admin');
    openRound = (await admin.rounds.create.mutate({ tenantId: tenantA, settings: { name: 'Åben runde', themes: [{ id: 'borgerorientering' }] } })).id;
    await admin.rounds.launch.mutate({ tenantId: tenantA, roundId: openRound });
  }, 60_000);
  afterAll(() => f?.close());

  it('loads a closed round once and serves later views from memory, the same as a server that keeps nothing', async () => {
    const before = stats(0);
    const first = await leaderReport('ole', '1004');
    const second = await leaderReport('ole', '1004');
    expect(second).toEqual(first);
    expect(stats(0).misses - before.misses).toBeLessThanOrEqual(1);
    expect(stats(0).hits - before.hits).toBeGreaterThanOrEqual(1);
    expect(await leaderReport('ole', '1004', 2)).toEqual(first);
    expect(f.caches[2].stats().rounds).toBe(0);
  });

  it('shows an import into the closed round made through the other server at the next view', async () => {
    const before = await leaderReport('ole', '1004', 0);
    expect(await leaderReport('ole', '1004', 1)).toEqual(before);
    const { late } = splitResponses();
    const admin = await as('admin', 1);
    await admin.responses.import.mutate({ tenantId: tenantA, roundId: roundA, fileName: 'late.csv', contentBase64: Buffer.from(late).toString('base64') });
    const after = await leaderReport('ole', '1004', 0);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await leaderReport('ole', '1004', 2));
    expect(await leaderReport('ole', '1004', 1)).toEqual(after);
    expect(stats(0).rounds).toBe(1);
  });

  it('never keeps an open round: its reports are refused and nothing of it is held', async () => {
    const held = stats(0).rounds;
    await expect(leaderReport('admin', '1004', 0, tenantA, openRound)).rejects.toMatchObject({ data: { code: 'CONFLICT', errorCode: 'report.roundNotClosed' } });
    await expect((await as('admin')).reports.results.query({ tenantId: tenantA, roundId: openRound })).rejects.toMatchObject({ data: { errorCode: 'report.roundNotClosed' } });
    expect(stats(0).rounds).toBe(held);
  });

  it('decides who reads which leader on every request, whatever the server holds', async () => {
    await leaderReport('ole', '1004');
    const hits = stats(0).hits;
    await expect(leaderReport('mads', '1002')).rejects.toMatchObject({ data: { code: 'FORBIDDEN', errorCode: 'report.leaderForbidden' } });
    // Ole is now someone else in the hierarchy: 1004 is no longer his direct report.
    await withTenant(f.db, tenantA, (tx) => tx.updateTable('memberships').set({ person_id: '1005' }).where('user_id', '=', users.ole!.id).execute());
    await expect(leaderReport('ole', '1004')).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect((await leaderReport('ole', '1005')).title).toBe('Sørensen; Lise');
    expect(stats(0).hits).toBeGreaterThan(hits);
    await withTenant(f.db, tenantA, (tx) => tx.deleteFrom('memberships').where('user_id', '=', users.ole!.id).execute());
    await expect(leaderReport('ole', '1005')).rejects.toMatchObject({ data: { code: 'NOT_FOUND', errorCode: 'access.tenantNotYours' } });
  });

  it('gives another tenant nothing of what it holds, by any round id', async () => {
    await leaderReport('admin', '1004');
    const everyRound = [roundA, openRound, roundB];
    for (const who of ['strangerAdmin', 'stranger']) {
      const client = await as(who);
      for (const roundId of everyRound) {
        const own = roundId === roundB;
        const document = () => client.reports.document.query({ tenantId: tenantB, roundId, reportId: 'leader', leaderId: '1002' });
        const index = () => client.reports.results.query({ tenantId: tenantB, roundId });
        if (own) {
          expect(JSON.stringify(await document())).not.toContain('Egeskov');
          expect((await index()).name).toBe('Naboby 2026');
        } else {
          await expect(document()).rejects.toMatchObject({ data: { code: 'NOT_FOUND', errorCode: 'round.notFound' } });
          await expect(index()).rejects.toMatchObject({ data: { code: 'NOT_FOUND', errorCode: 'round.notFound' } });
        }
        await expect(client.reports.document.query({ tenantId: tenantA, roundId, reportId: 'leader', leaderId: '1002' })).rejects.toMatchObject({ data: { code: 'NOT_FOUND', errorCode: 'access.tenantNotYours' } });
      }
    }
    const mine = await (await as('stranger')).reports.mine.query({ tenantId: tenantB });
    expect(mine.rounds.map((r) => r.roundId)).toEqual([roundB]);
    // Code that named tenant A inside tenant B's transaction finds no round, not what the server holds for A.
    const hits = stats(0).hits;
    await expect(withTenant(f.db, tenantB, (tx) => loadRoundResults(tx, tenantA, roundA, reports, f.caches[0]))).rejects.toMatchObject({ kind: 'NOT_FOUND', coded: { code: 'round.notFound' } });
    expect(stats(0).hits).toBe(hits);
  });
});

/** The whole egeskov responses file. */
function egeskovAll(): string {
  const { first, late } = splitResponses();
  return [first, ...late.split('\n').slice(1)].join('\n');
}
