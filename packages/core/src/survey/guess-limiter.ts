import { createHash } from 'node:crypto';
import { sql, type Database, type Kysely } from '@spejl/db';
import { addressGroup } from './address-group.ts';

/*
 * Slows down anyone guessing links. A link secret has 256 bits, so guessing cannot succeed; the
 * limit keeps a guesser from loading the database. Only wrong links count, per client address
 * group (an IPv4 address, an IPv6 /64: address-group.ts), in a window that starts at the
 * group's first wrong link. There is no budget for everyone together: one that many addresses
 * could spend would lock every respondent out.
 *
 * The count lives in the database (survey_link_guesses), so every server process counts the same
 * guesses. A respondent with a valid link pays nothing for the limiter: the check before a lookup
 * reads only this process's memory of the groups it has seen go over the limit. Another
 * process's group is learnt at its next wrong link here, which the shared count refuses: with n
 * processes a group gets at most n − 1 lookups past its limit in a window.
 */

/** Wrong links allowed per address group in a window, and how many blocked groups one process remembers. */
export interface GuessLimits {
  perClient: number;
  windowMs: number;
  maxRemembered: number;
}

/** 20 wrong links per address group a minute; a process remembers up to 50,000 blocked groups (a few MB). */
export const DEFAULT_GUESS_LIMITS: GuessLimits = { perClient: 20, windowMs: 60_000, maxRemembered: 50_000 };

/** The stored key of an address group: a hash, so the table lists no addresses (rows live one window). */
function groupKey(group: string): string {
  return createHash('sha256').update(`spejl-survey-link-guesses:${group}`).digest('hex');
}

/** Counts wrong links per client address group, shared through the database; see the header. */
export class GuessLimiter {
  /** Groups known to be over the limit, with when their window ends (ms); oldest first. */
  private readonly blocked = new Map<string, number>();
  private prunedAt = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly limits: GuessLimits = DEFAULT_GUESS_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many blocked groups this process remembers now (at most `maxRemembered`). */
  get remembered(): number {
    return this.blocked.size;
  }

  /** Seconds this client must wait before trying a link, 0 when it may try now. Memory only: no database round trip. */
  waitSeconds(address: string): number {
    const group = addressGroup(address);
    const until = this.blocked.get(group);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left > 0) return Math.ceil(left / 1000);
    this.blocked.delete(group);
    return 0;
  }

  /**
   * Counts a wrong link from this client. Returns the seconds to wait when this one was already
   * past the limit (counted by any process), else 0; from the limit on, {@link waitSeconds} refuses.
   */
  async failed(address: string): Promise<number> {
    const group = addressGroup(address);
    const now = this.now();
    const { guesses, windowStarted } = await this.count(groupKey(group), now);
    await this.pruneOld(now);
    if (guesses < this.limits.perClient) return 0;
    const until = windowStarted + this.limits.windowMs;
    this.remember(group, until);
    return guesses > this.limits.perClient ? Math.max(1, Math.ceil((until - now) / 1000)) : 0;
  }

  /** One atomic upsert: a new window when the last one is over, else one more guess in it. */
  private async count(client: string, now: number): Promise<{ guesses: number; windowStarted: number }> {
    const current = sql<boolean>`survey_link_guesses.window_started > ${new Date(now - this.limits.windowMs)}`;
    const row = await this.db
      .insertInto('survey_link_guesses')
      .values({ client, guesses: 1, window_started: new Date(now) })
      .onConflict((oc) => oc.column('client').doUpdateSet({
        guesses: sql<number>`case when ${current} then survey_link_guesses.guesses + 1 else 1 end`,
        window_started: sql<Date>`case when ${current} then survey_link_guesses.window_started else excluded.window_started end`,
      }))
      .returning(['guesses', 'window_started'])
      .executeTakeFirstOrThrow();
    return { guesses: row.guesses, windowStarted: new Date(row.window_started).getTime() };
  }

  /** Deletes rows whose window is over, at most once a window per process (only wrong links get here). */
  private async pruneOld(now: number): Promise<void> {
    if (now - this.prunedAt < this.limits.windowMs) return;
    this.prunedAt = now;
    await this.db.deleteFrom('survey_link_guesses').where('window_started', '<=', new Date(now - this.limits.windowMs)).execute();
  }

  /** Remembers a blocked group; when full, forgets the ended windows, then the oldest (the database still counts them). */
  private remember(group: string, until: number): void {
    this.blocked.delete(group);
    if (this.blocked.size >= this.limits.maxRemembered) {
      const now = this.now();
      for (const [g, u] of this.blocked) if (u <= now) this.blocked.delete(g);
      while (this.blocked.size >= this.limits.maxRemembered) this.blocked.delete(this.blocked.keys().next().value!);
    }
    this.blocked.set(group, until);
  }
}
