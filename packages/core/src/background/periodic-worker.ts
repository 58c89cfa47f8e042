/** A background worker the server starts when it starts and stops before it closes the database. */
export interface PeriodicWorker {
  /** Asks a running pass to end (passes check their signal between steps) and waits for it. */
  stop(): Promise<void>;
}

/** How often a worker runs and where a failed pass is reported. */
export interface PeriodicOptions {
  intervalMs: number;
  onError?: (error: unknown) => void;
}

/**
 * Runs `pass` now and then every `intervalMs` until stopped. A pass that outlasts the interval (a
 * large report job) is never joined by a second one in the same process; a failing pass is
 * reported and tried again next time. The signal is aborted on stop.
 */
export function startPeriodicWorker(pass: (signal: AbortSignal) => Promise<unknown>, o: PeriodicOptions): PeriodicWorker {
  const stopping = new AbortController();
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (stopping.signal.aborted || running) return;
    running = pass(stopping.signal)
      .catch((error: unknown) => (o.onError ?? console.error)(error))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, o.intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopping.abort();
      clearInterval(timer);
      await running;
    },
  };
}
