/**
 * `spejl` server entry: validates the environment, opens and migrates the database, and serves.
 * With `--demo` (what `pnpm start` uses) it seeds the demo into an empty database and prints
 * the sign-in credentials.
 */
import { pino } from 'pino';
import { demoOnStart, loadAuthSecret, sharedResultsCache } from '@spejl/core';
import { databaseFromEnv } from '@spejl/db';
import { banner } from './banner.ts';
import { serverConfigFromEnv } from './config.ts';
import { startServer } from './start.ts';

async function main(): Promise<void> {
  const config = serverConfigFromEnv();
  const logger = pino({ level: config.logLevel });
  const database = await databaseFromEnv();
  logger.info({ database: database.kind }, 'database ready');
  const secret = loadAuthSecret(config.authSecret, config.dataDir);
  if (secret.source === 'generated') logger.info('generated a new AUTH_SECRET in the data directory');
  if (secret.source !== 'env' && database.kind === 'postgres') {
    logger.warn('AUTH_SECRET is not set: using the one kept in the data directory; set AUTH_SECRET when running several servers');
  }
  sharedResultsCache.setLimits(config.resultsCache);
  const demoMode = process.argv.includes('--demo');
  const demo = demoMode ? await demoOnStart(database.db, config.dataDir) : undefined;
  const server = await startServer({
    db: database.db,
    authSecret: secret.secret,
    port: config.port,
    host: config.host,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
    mailFrom: config.mailFrom,
    demo: demoMode,
    trustedOrigins: config.trustedOrigins,
    trustProxy: config.trustProxy,
    ...(config.pdfThreads ? { pdfThreads: config.pdfThreads } : {}),
    requireOperatorTwoFactor: config.requireOperatorTwoFactor,
    logger,
  });
  logger.info({ url: server.url, host: config.host, port: config.port, mail: config.smtpUrl ? 'smtp' : 'outbox only' }, 'listening');
  if (!config.smtpUrl && !demoMode) {
    // Outside a demo the outbox never shows a personal link, so without SMTP invitations reach nobody.
    logger.warn('SMTP_URL is not set: invitation, password-reset and survey links are sent to nobody (the outbox shows them only in a demo)');
  }
  process.stdout.write(banner(server.url, demo));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`spejl server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
