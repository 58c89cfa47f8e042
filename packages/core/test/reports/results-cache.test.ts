import { describe, expect, it } from 'vitest';
import { RoundResultsCache } from '../../src/reports/results-cache.ts';
import type { RoundResults } from '../../src/reports/round-reports.ts';

const TENANT_A = '00000000-0000-4000-8000-00000000000a';
const TENANT_B = '00000000-0000-4000-8000-00000000000b';

/** Stand-in results: the cache never looks inside, except to estimate their size. */
function fakeResults(roundId: string, bytes = 1_000): RoundResults {
  return { roundId, filler: new Uint8Array(bytes) } as unknown as RoundResults;
}

/** A loader that counts its calls. */
function loader(roundId: string, bytes?: number) {
  const calls = { n: 0 };
  const load = async () => {
    calls.n++;
    return fakeResults(roundId, bytes);
  };
  return { calls, load };
}

/** A promise the test resolves when it chooses: loads that wait on it are in flight together. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const key = (roundId: string, stamp = 's1', tenantId = TENANT_A) => ({ tenantId, roundId, stamp });

/** Views a round twice and says how often it was loaded for that. */
async function loadsForTwoViews(cache: RoundResultsCache, roundId: string, bytes?: number): Promise<number> {
  const { calls, load } = loader(roundId, bytes);
  await cache.results(key(roundId), load);
  await cache.results(key(roundId), load);
  return calls.n;
}

describe('closed rounds’ results cache', () => {
  it('loads a round once per stamp and serves the same results after', async () => {
    const cache = new RoundResultsCache({ maxRounds: 4, maxBytes: 10e6 });
    const { calls, load } = loader('r1');
    const first = await cache.results(key('r1'), load);
    expect(await cache.results(key('r1'), load)).toBe(first);
    expect(calls.n).toBe(1);
    expect(cache.stats()).toMatchObject({ rounds: 1, hits: 1, misses: 1 });
  });

  it('loads anew when the stamp changes (an import on any server), and keeps one entry per round', async () => {
    const cache = new RoundResultsCache({ maxRounds: 4, maxBytes: 10e6 });
    const { calls, load } = loader('r1');
    const before = await cache.results(key('r1', 'before import'), load);
    const after = await cache.results(key('r1', 'after import'), load);
    expect(after).not.toBe(before);
    expect(calls.n).toBe(2);
    expect(await cache.results(key('r1', 'after import'), load)).toBe(after);
    expect(cache.stats().rounds).toBe(1);
  });

  it('never finds one tenant’s round under another tenant, whatever the round id and stamp', async () => {
    const cache = new RoundResultsCache({ maxRounds: 4, maxBytes: 10e6 });
    const a = await cache.results(key('r1', 's1', TENANT_A), loader('r1').load);
    const other = loader('r1');
    const b = await cache.results(key('r1', 's1', TENANT_B), other.load);
    expect(b).not.toBe(a);
    expect(other.calls.n).toBe(1);
  });

  it('keeps at most maxRounds rounds, the least recently used going first', async () => {
    const cache = new RoundResultsCache({ maxRounds: 2, maxBytes: 10e6 });
    const loads = { r1: loader('r1'), r2: loader('r2'), r3: loader('r3') };
    await cache.results(key('r1'), loads.r1.load);
    await cache.results(key('r2'), loads.r2.load);
    await cache.results(key('r1'), loads.r1.load); // r1 used last: r2 is the oldest now
    await cache.results(key('r3'), loads.r3.load);
    expect(cache.stats().rounds).toBe(2);
    await cache.results(key('r1'), loads.r1.load);
    expect(loads.r1.calls.n).toBe(1);
    await cache.results(key('r2'), loads.r2.load);
    expect(loads.r2.calls.n).toBe(2);
  });

  it('keeps its estimate of bytes within maxBytes, and does not keep a round larger than that alone', async () => {
    const cache = new RoundResultsCache({ maxRounds: 100, maxBytes: 50_000 });
    for (let i = 0; i < 10; i++) await cache.results(key(`r${i}`), loader(`r${i}`, 20_000).load);
    expect(cache.stats().bytes).toBeLessThanOrEqual(50_000);
    expect(cache.stats().rounds).toBe(2);
    expect(await loadsForTwoViews(cache, 'huge', 60_000)).toBe(2);
    expect(cache.stats().bytes).toBeLessThanOrEqual(50_000);
  });

  it('drops entries at once when its bounds shrink, and keeps nothing at 0', async () => {
    const cache = new RoundResultsCache({ maxRounds: 4, maxBytes: 10e6 });
    for (const r of ['r1', 'r2', 'r3']) await cache.results(key(r), loader(r).load);
    cache.setLimits({ maxRounds: 1, maxBytes: 10e6 });
    expect(cache.stats().rounds).toBe(1);
    cache.setLimits({ maxRounds: 0, maxBytes: 10e6 });
    expect(await loadsForTwoViews(cache, 'r9')).toBe(2);
    expect(cache.stats().rounds).toBe(0);
  });

  it('gives requests that miss together one load', async () => {
    const cache = new RoundResultsCache({ maxRounds: 4, maxBytes: 10e6 });
    const { opened, open } = gate();
    const { calls, load } = loader('r1');
    const slow = async () => {
      await opened;
      return load();
    };
    const pending = Array.from({ length: 20 }, () => cache.results(key('r1'), slow));
    open();
    const all = await Promise.all(pending);
    expect(calls.n).toBe(1);
    expect(new Set(all).size).toBe(1);
  });

  it('keeps no failed load, and a request that waited on one loads for itself', async () => {
    const cache = new RoundResultsCache({ maxRounds: 4, maxBytes: 10e6 });
    const { opened, open } = gate();
    const failing = async (): Promise<RoundResults> => {
      await opened;
      throw new Error('connection lost');
    };
    const first = cache.results(key('r1'), failing);
    const own = loader('r1');
    const waiting = cache.results(key('r1'), own.load);
    open();
    await expect(first).rejects.toThrow('connection lost');
    expect((await waiting).roundId).toBe('r1');
    expect(own.calls.n).toBe(1);
    expect(cache.stats().rounds).toBe(0);
  });
});
