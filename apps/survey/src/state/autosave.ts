/** One save of a form: every answer, its comments (question id → text), and whether the respondent pressed "Send". */
export interface PendingSave<A> {
  answers: A[];
  comments: Record<string, string>;
  submit: boolean;
}

/** The timers the queue waits with; tests pass fake ones. */
export interface SaveTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: SaveTimers = { set: (run, ms) => setTimeout(run, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/**
 * Saves the respondent's forms in the background. Per form at most one save is under way; changes
 * made meanwhile wait, and only the newest is sent next. A change is sent after `quietMs` without
 * another, or at once on flush (another page, the overview, the page being hidden). A waiting
 * "Send" is never downgraded by a later change: it goes with the newest answers.
 */
export class SaveQueue<A> {
  private readonly waiting = new Map<number, PendingSave<A>>();
  private readonly running = new Map<number, Promise<void>>();
  private readonly timers = new Map<number, unknown>();
  /** Forms the server will not take from here any more (another device saved them first). */
  private readonly stopped = new Set<number>();

  constructor(
    private readonly send: (slot: number, save: PendingSave<A>) => Promise<void>,
    private readonly quietMs = 1500,
    private readonly clock: SaveTimers = realTimers,
  ) {}

  /** The answers or comments of a form changed: save them after a quiet moment. */
  changed(slot: number, answers: readonly A[], submit = false, comments: Readonly<Record<string, string>> = {}): void {
    if (this.stopped.has(slot)) return;
    const earlier = this.waiting.get(slot);
    this.waiting.set(slot, { answers: [...answers], comments: { ...comments }, submit: submit || (earlier?.submit ?? false) });
    this.clock.clear(this.timers.get(slot));
    this.timers.set(slot, this.clock.set(() => void this.flush(slot).catch(() => undefined), this.quietMs));
  }

  /** Whether a form has a change not yet confirmed by the server. */
  unsaved(slot: number): boolean {
    return this.waiting.has(slot) || this.running.has(slot);
  }

  /** Sends a form's waiting change now (after the save under way); rejects when a save of it failed. */
  async flush(slot: number): Promise<void> {
    this.clock.clear(this.timers.get(slot));
    this.timers.delete(slot);
    for (;;) {
      const running = this.running.get(slot);
      if (running) {
        await running;
        continue;
      }
      const save = this.waiting.get(slot);
      if (!save) return;
      this.waiting.delete(slot);
      const sending = this.send(slot, save).then(
        () => void this.running.delete(slot),
        (error: unknown) => {
          this.running.delete(slot);
          // Not lost: sent again with the next flush, unless a newer change has replaced it.
          if (!this.waiting.has(slot) && !this.stopped.has(slot)) this.waiting.set(slot, save);
          throw error;
        },
      );
      this.running.set(slot, sending);
      await sending;
    }
  }

  /** Sends every form's waiting change now; failures are left to each save's own reporting. */
  async flushAll(): Promise<void> {
    await Promise.all([...new Set([...this.waiting.keys(), ...this.running.keys()])].map((slot) => this.flush(slot).catch(() => undefined)));
  }

  /** Drops a form's waiting change for good, failed saves included: the server refuses it from here. */
  stop(slot: number): void {
    this.stopped.add(slot);
    this.clock.clear(this.timers.get(slot));
    this.timers.delete(slot);
    this.waiting.delete(slot);
  }

  /** Drops every waiting change (the round closed: nothing more can be stored). */
  forget(): void {
    for (const handle of this.timers.values()) this.clock.clear(handle);
    this.timers.clear();
    this.waiting.clear();
  }
}
