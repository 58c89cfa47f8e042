import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { pino, type Logger } from 'pino';
import type { ApiServices } from '@spejl/api';
import { createAuth, createMailer, linkKeyFromEnv, sharedResultsCache, startMailWorker, startReportWorker, startRetentionWorker, startSafetyNetWorker, type RoundResultsCache } from '@spejl/core';
import { reports } from '@spejl/plugin-registry';
import type { Database, Kysely } from '@spejl/db';
import { createApp } from './app.ts';
import { defaultPublicUrl } from './config.ts';

/** How to run a server over an open database. */
export interface StartOptions {
  db: Kysely<Database>;
  authSecret: string;
  /** 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** Defaults to the listening address. */
  publicUrl?: string;
  smtpUrl?: string;
  mailFrom?: string;
  /** Started with `--demo`: without SMTP the outbox keeps personal links and the console shows them, saying why. */
  demo?: boolean;
  trustedOrigins?: string[];
  trustProxy?: boolean;
  logger?: Logger;
  webApps?: { admin?: string; survey?: string };
  /** Sign-in requests per client address per minute, a flood guard only (default 60); failed sign-ins are throttled per account and address. */
  signInPerMinute?: number;
  /** How often the mail job sends due invitations and reminders (default 5 s). */
  mailIntervalMs?: number;
  /** How often the report worker looks for queued bulk PDF jobs (default 5 s, as the mail job). */
  reportIntervalMs?: number;
  /** Closed rounds' results kept in memory for report views (default the process's shared cache, which the report worker uses too). */
  resultsCache?: RoundResultsCache;
  /** Threads that render bulk PDF jobs (default one per core, at most four). */
  pdfThreads?: number;
  /** Operators need two-factor on to use the API (default no). */
  requireOperatorTwoFactor?: boolean;
}

/** A running server. */
export interface RunningServer {
  url: string;
  app: Hono;
  services: ApiServices;
  stop(): Promise<void>;
}

/** Listens (on 127.0.0.1 unless told otherwise), then builds the app for the address it got. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? pino({ level: 'silent' });
  // The app needs the public URL, which needs the port, which is known only after listening.
  const current: { app?: Hono } = {};
  const server = serve({
    fetch: (request, env) => (current.app ? current.app.fetch(request, env) : new Response('starting', { status: 503 })),
    port: options.port ?? 3000,
    hostname: host,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const publicUrl = options.publicUrl ?? defaultPublicUrl(host, port);
  const mailer = createMailer({ smtpUrl: options.smtpUrl, from: options.mailFrom ?? 'Spejl <spejl@localhost>', demo: options.demo === true });
  const trustedOrigins = options.trustedOrigins ?? [];
  const auth = createAuth({
    db: options.db,
    mailer,
    secret: options.authSecret,
    publicUrl,
    trustedOrigins,
    ...(options.signInPerMinute ? { signInPerMinute: options.signInPerMinute } : {}),
  });
  const services: ApiServices = { db: options.db, auth, mailer, publicUrl, resultsCache: options.resultsCache ?? sharedResultsCache,
    requireOperatorTwoFactor: options.requireOperatorTwoFactor === true };
  const app = createApp({ services, logger, trustedOrigins, trustProxy: options.trustProxy ?? false, ...(options.webApps ? { webApps: options.webApps } : {}) });
  current.app = app;
  const mailWorker = startMailWorker(options.db, { mailer, linkKey: linkKeyFromEnv(), publicUrl, intervalMs: options.mailIntervalMs ?? 5000, onError: (err) => logger.error({ err }, 'mail job failed') });
  // Each tenant's SafetyNet pair, fetched over SFTP once a day at its time of day.
  const safetyNetWorker = startSafetyNetWorker(options.db, { mailer, publicUrl, onError: (err) => logger.error({ err }, 'safetynet sync failed') });
  const reportWorker = startReportWorker(options.db, {
    plugins: reports,
    intervalMs: options.reportIntervalMs ?? 5000,
    ...(options.pdfThreads ? { pdfThreads: options.pdfThreads } : {}),
    onError: (err) => logger.error({ err }, 'report job failed'),
  });
  // Daily: rounds past their tenant's retention period lose their personal data (issue 16).
  const retentionWorker = startRetentionWorker(options.db, { onError: (err) => logger.error({ err }, 'retention job failed') });
  return {
    url: publicUrl,
    app,
    services,
    stop: async () => {
      // Awaited: a job in progress is handed back to the queue before the caller closes the database.
      const reportsStopped = Promise.all([reportWorker.stop(), retentionWorker.stop()]);
      const syncsStopped = safetyNetWorker.stop();
      await new Promise<void>((resolve, reject) => {
        // A held sync mails the admins too: the mailer closes once both jobs have stopped.
        void Promise.all([mailWorker.stop(), syncsStopped]).finally(() => mailer.close());
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open; a stopping server owes them nothing.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await reportsStopped;
      await syncsStopped;
    },
  };
}
