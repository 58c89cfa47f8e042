import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ReportDocument } from '@spejl/plugin-sdk';
import type { PdfTaskResult } from './pdf-task.ts';

/** Renders report documents to PDF in worker threads, so a bulk job leaves the server's own thread to requests. */
export interface PdfPool {
  /** How many documents it renders at once. */
  readonly threads: number;
  /** The document's PDF; rejects when it cannot be rendered, or when its thread died twice on it. */
  render(document: ReportDocument): Promise<Uint8Array>;
  /** Ends the threads (a render under way is rejected). */
  close(): Promise<void>;
}

/** What a pool is started with. */
export interface PdfPoolOptions {
  /** Threads to render in; default {@link defaultPdfThreads}. */
  threads?: number;
  /** Told when a thread dies between renders (it is replaced). */
  onError?: (error: unknown) => void;
  /** The threads' entry module; tests give one that crashes. */
  entry?: URL;
}

/** The most threads a pool takes by default: a PDF job should not take a large machine from its requests. */
const MAX_DEFAULT_THREADS = 4;
/** Threads idle this long end (a pool starts them again when a job comes). */
const IDLE_MS = 30_000;

/** One thread per core the process may use, at most {@link MAX_DEFAULT_THREADS}. */
export function defaultPdfThreads(): number {
  return Math.max(1, Math.min(MAX_DEFAULT_THREADS, availableParallelism()));
}

/** A document the renderer refused: rendering it again would fail again. */
class RenderError extends Error {}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts a pool; threads start with the first render and end when idle. */
export function startPdfPool(options: PdfPoolOptions = {}): PdfPool {
  const threads = options.threads ?? defaultPdfThreads();
  const pool = new Piscina<ReportDocument, PdfTaskResult>({
    filename: fileURLToPath(options.entry ?? new URL('./pdf-thread.mjs', import.meta.url)),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: IDLE_MS,
    // Rendering gives way to requests when both want a core (a thread's priority, on Linux).
    niceIncrement: 10,
    // A document that runs away ends its own thread, never the server.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  // Emitted without a listener, a thread's death between renders would end the process.
  pool.on('error', (error: unknown) => options.onError?.(error));

  const renderOnce = async (document: ReportDocument): Promise<Uint8Array> => {
    const result = await pool.run(document);
    if ('error' in result) throw new RenderError(result.error);
    return result.bytes;
  };
  return {
    threads,
    render: async (document) => {
      try {
        return await renderOnce(document);
      } catch (error) {
        if (error instanceof RenderError) throw error;
        // The thread died (out of memory, a crash in a library): once more on a fresh one.
        try {
          return await renderOnce(document);
        } catch (again) {
          if (again instanceof RenderError) throw again;
          throw new Error(`a PDF thread stopped twice on the same report (${reason(again)})`);
        }
      }
    },
    close: () => pool.destroy(),
  };
}

let shared: PdfPool | undefined;

/** The process's pool for callers that bring none (a one-off job run); its threads end when idle. */
export function sharedPdfPool(): PdfPool {
  shared ??= startPdfPool();
  return shared;
}
