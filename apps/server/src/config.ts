import { z } from 'zod';
import { DEFAULT_RESULTS_CACHE_LIMITS, type ResultsCacheLimits } from '@spejl/core';
import { dataDirFromEnv } from '@spejl/db';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http(s) URL such as https://spejl.example.org' }).optional()),
  DATABASE_URL: optionalText,
  SPEJL_DATA_DIR: optionalText,
  SMTP_URL: optionalText.pipe(z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://').optional()),
  MAIL_FROM: z.string().trim().min(3).default('Spejl <spejl@localhost>'),
  AUTH_SECRET: optionalText.pipe(z.string().min(32, 'AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 48)').optional()),
  /** Set when a reverse proxy in front of Spejl appends the client address to X-Forwarded-For. */
  TRUST_PROXY: flag,
  /** Extra origins (comma-separated) allowed to call the API with cookies, e.g. the console's dev server. */
  TRUSTED_ORIGINS: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Closed rounds whose results a server keeps in memory (0 keeps none), and the megabytes they may take. */
  SPEJL_RESULTS_CACHE_ROUNDS: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_RESULTS_CACHE_LIMITS.maxRounds),
  SPEJL_RESULTS_CACHE_MB: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_RESULTS_CACHE_LIMITS.maxBytes / 2 ** 20),
  /** Threads that render bulk PDF jobs (default one per core, at most four). */
  /** Operators must sign in with two-factor before the API lets them do anything. */
  SPEJL_REQUIRE_OPERATOR_2FA: flag,
  SPEJL_PDF_THREADS: optionalText.pipe(z.string().regex(/^[1-9]\d?$/, 'SPEJL_PDF_THREADS must be a whole number from 1 to 99').transform(Number).optional()),
});

/** The server's settings, validated from the environment at start. */
export interface ServerConfig {
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  authSecret: string | undefined;
  trustProxy: boolean;
  trustedOrigins: string[];
  logLevel: string;
  resultsCache: ResultsCacheLimits;
  /** Threads for bulk PDF jobs; undefined takes the default. */
  pdfThreads: number | undefined;
  /** Operators need two-factor on to use the API. */
  requireOperatorTwoFactor: boolean;
}

/** Reads and checks the environment; throws one message listing every bad variable. */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid server configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    dataDir: dataDirFromEnv(env),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    authSecret: e.AUTH_SECRET,
    trustProxy: e.TRUST_PROXY,
    trustedOrigins: (e.TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    logLevel: e.LOG_LEVEL,
    resultsCache: { maxRounds: e.SPEJL_RESULTS_CACHE_ROUNDS, maxBytes: e.SPEJL_RESULTS_CACHE_MB * 2 ** 20 },
    pdfThreads: e.SPEJL_PDF_THREADS,
    requireOperatorTwoFactor: e.SPEJL_REQUIRE_OPERATOR_2FA,
  };
}

/** The URL people open when PUBLIC_URL is not set: the listening address (a wildcard host shown as localhost). */
export function defaultPublicUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}
