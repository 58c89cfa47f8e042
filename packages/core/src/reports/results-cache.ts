import type { RoundResults } from './round-reports.ts';
import { estimateBytes } from './results-size.ts';

/** How much a server keeps: at most this many rounds and (estimated) bytes; either at 0 keeps nothing. */
export interface ResultsCacheLimits {
  readonly maxRounds: number;
  readonly maxBytes: number;
}

/** Enough for a results morning of several large tenants (the 40,000-person round is estimated at ~11 MB). */
export const DEFAULT_RESULTS_CACHE_LIMITS: ResultsCacheLimits = { maxRounds: 16, maxBytes: 512 * 2 ** 20 };

/** Which round of which tenant, and the stamp of what it is made of (results-stamp.ts). */
export interface ResultsKey {
  readonly tenantId: string;
  readonly roundId: string;
  readonly stamp: string;
}

/** What the cache holds now and how it has done. */
export interface ResultsCacheStats {
  readonly rounds: number;
  readonly bytes: number;
  readonly hits: number;
  readonly misses: number;
}

interface Entry {
  readonly stamp: string;
  readonly results: Promise<RoundResults>;
  bytes: number;
}

/**
 * Closed rounds' loaded results, least recently used first out. Only data: every caller reads the
 * stamp and checks the reader's access itself, per request. Keyed by tenant and round, so one
 * tenant's entry is never found under another's id; an entry is used only while its stamp is the
 * round's, so an import on any server replaces it at the next request. Requests that miss at the
 * same time share one load (results morning starts with everyone asking at once).
 */
export class RoundResultsCache {
  readonly #entries = new Map<string, Entry>();
  #limits: ResultsCacheLimits;
  #bytes = 0;
  #hits = 0;
  #misses = 0;

  constructor(limits: ResultsCacheLimits = DEFAULT_RESULTS_CACHE_LIMITS) {
    this.#limits = limits;
  }

  /** Changes the bounds; entries beyond them go at once. */
  setLimits(limits: ResultsCacheLimits): void {
    this.#limits = limits;
    this.#evict();
  }

  get enabled(): boolean {
    return this.#limits.maxRounds > 0 && this.#limits.maxBytes > 0;
  }

  /** The round's results as of `key.stamp`: held ones when the stamp matches, else `load()`'s (kept within the bounds). */
  async results(key: ResultsKey, load: () => Promise<RoundResults>): Promise<RoundResults> {
    if (!this.enabled) return load();
    const id = `${key.tenantId}/${key.roundId}`;
    const held = this.#entries.get(id);
    if (held?.stamp === key.stamp) {
      this.#hits++;
      this.#entries.delete(id);
      this.#entries.set(id, held);
      // A shared load that failed failed for its own request (its transaction); this one loads in its own.
      return held.results.catch(load);
    }
    this.#misses++;
    const entry: Entry = { stamp: key.stamp, results: load(), bytes: 0 };
    this.#remove(id);
    this.#entries.set(id, entry);
    try {
      const results = await entry.results;
      if (this.#entries.get(id) === entry) {
        entry.bytes = estimateBytes(results);
        this.#bytes += entry.bytes;
        this.#evict();
      }
      return results;
    } catch (error) {
      if (this.#entries.get(id) === entry) this.#remove(id);
      throw error;
    }
  }

  stats(): ResultsCacheStats {
    return { rounds: this.#entries.size, bytes: this.#bytes, hits: this.#hits, misses: this.#misses };
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #remove(id: string): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#bytes -= entry.bytes;
    this.#entries.delete(id);
  }

  /** Drops least recently used entries until both bounds hold (an entry alone over the byte bound is not kept). */
  #evict(): void {
    for (const id of this.#entries.keys()) {
      if (this.#entries.size <= this.#limits.maxRounds && this.#bytes <= this.#limits.maxBytes) return;
      this.#remove(id);
    }
  }
}

/** The process's cache: servers and the report worker share it; SPEJL_RESULTS_CACHE_* set its bounds at start. */
export const sharedResultsCache = new RoundResultsCache();
