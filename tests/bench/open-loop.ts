import { Agent, request } from 'node:http';

/*
 * An open-loop load: requests arrive at a rate, whatever the server's pace, as people do. Not
 * autocannon's `overallRate`, which gives each connection its share of the rate as a budget per
 * second, started on timers all set at once: every connection sends at the top of each second and
 * waits for the next, so "300/s over 200 connections" arrives as a burst of 200 requests a second.
 * autocannon also records each rated latency "with expected interval" ceil(1 / rate) — 1 ms for
 * a connection's 1.5 views/s — adding a sample for every millisecond a response took, so a
 * response's weight in the percentiles grows with its own latency. Here arrivals are a Poisson
 * process (independent leaders), each request goes on the next of `connections` keep-alive
 * connections in turn (each its own client, as each leader has a browser), and each latency runs
 * from when the request was due, so one waiting behind a slow one on its connection counts it.
 */

export interface OpenLoopRequest {
  path: string;
  headers: Record<string, string>;
}

export interface OpenLoopOptions {
  connections: number;
  seconds: number;
  /** Requests a second, on average. */
  rate: number;
  timeoutSeconds: number;
}

export interface OpenLoopResult {
  /** Latencies of the 2xx answers in ms, sorted. */
  latencies: number[];
  failed: number;
  /** From the first request due to the last answer, in seconds. */
  duration: number;
}

/** A small seeded generator (mulberry32), so runs offer the same arrivals. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One GET on `agent`; resolves to its status, or 0 for an error or a timeout. */
function get(url: URL, agent: Agent, req: OpenLoopRequest, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const sent = request({ agent, host: url.hostname, port: url.port, path: req.path, headers: req.headers, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    sent.on('timeout', () => sent.destroy(new Error('timeout')));
    sent.on('error', () => resolve(0));
    sent.end();
  });
}

/** Percentile `p` (0–100) of sorted values, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Offers `rate` requests a second for `seconds` over `connections` connections (opened first, untimed); `next(k)` is the k-th request. */
export async function openLoop(baseUrl: string, options: OpenLoopOptions, next: (k: number) => OpenLoopRequest): Promise<OpenLoopResult> {
  const url = new URL(baseUrl);
  const timeoutMs = options.timeoutSeconds * 1000;
  const agents = Array.from({ length: options.connections }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  try {
    await Promise.all(agents.map((agent, i) => get(url, agent, next(i), timeoutMs)));
    const latencies: number[] = [];
    let failed = 0;
    const pending: Promise<void>[] = [];
    const uniform = random(0x5eed);
    const start = performance.now();
    let due = 0;
    for (let k = 0; due < options.seconds * 1000; k++) {
      const wait = start + due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const dueAt = start + due;
      pending.push(get(url, agents[k % agents.length]!, next(options.connections + k), timeoutMs).then((status) => {
        if (status >= 200 && status < 300) latencies.push(performance.now() - dueAt);
        else failed++;
      }));
      due += (-Math.log(1 - uniform()) / options.rate) * 1000;
    }
    await Promise.all(pending);
    return { latencies: latencies.sort((a, b) => a - b), failed, duration: (performance.now() - start) / 1000 };
  } finally {
    for (const agent of agents) agent.destroy();
  }
}
