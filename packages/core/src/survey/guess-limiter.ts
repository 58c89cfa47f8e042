/*
 * Slows down anyone guessing links. Only failed lookups count, so respondents (who always
 * hold a valid link) are never limited however fast they submit. A link secret has 256 bits,
 * so guessing cannot succeed anyway; the limit keeps a guesser from loading the database.
 */

/** Limits on failed link lookups: per client address, and for everyone together. */
export interface GuessLimits {
  perClient: number;
  overall: number;
  windowMs: number;
}

/** 20 wrong links per address and 1,000 overall per minute. */
export const DEFAULT_GUESS_LIMITS: GuessLimits = { perClient: 20, overall: 1000, windowMs: 60_000 };

/** Counts failed lookups in fixed windows; in memory, per server process. */
export class GuessLimiter {
  private window = 0;
  private overall = 0;
  private readonly perClient = new Map<string, number>();

  constructor(private readonly limits: GuessLimits = DEFAULT_GUESS_LIMITS, private readonly now: () => number = Date.now) {}

  /** True when this client may try a link now. */
  allows(client: string): boolean {
    this.roll();
    return this.overall < this.limits.overall && (this.perClient.get(client) ?? 0) < this.limits.perClient;
  }

  /** Records a lookup of a link that does not exist. */
  failed(client: string): void {
    this.roll();
    this.overall++;
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
  }

  /** Seconds until the current window ends (for Retry-After). */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.window + this.limits.windowMs - this.now()) / 1000));
  }

  private roll(): void {
    const start = this.now() - (this.now() % this.limits.windowMs);
    if (start !== this.window) {
      this.window = start;
      this.overall = 0;
      this.perClient.clear();
    }
  }
}
