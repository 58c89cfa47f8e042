import type { Command } from 'commander';
import {
  closeRound, codedError, createMailer, createRound, hierarchySnapshots, launchRound, linkKeyFromEnv, runTenantMail, tenantThemes, themeSourceOf,
} from '@spejl/core';
import { databaseFromEnv, withTenant, type Database, type Kysely } from '@spejl/db';
import { calendarDayOf, instantOfWallClock, wallClockOf } from '@spejl/plugin-sdk';
import { themes } from '@spejl/plugin-registry';
import { cliLanguage, warningLine } from '../errors.ts';
import { roundIdOf } from './round-ref.ts';
import { say } from '../terminal-text.ts';

/** A tenant named by its slug: its id and the time zone its times are said in; a NOT_FOUND that says which slugs exist. */
export async function tenantBySlugOrList(db: Kysely<Database>, slug: string): Promise<{ id: string; timeZone: string }> {
  const row = await db.selectFrom('tenants').select(['id', 'time_zone as timeZone']).where('slug', '=', slug).executeTakeFirst();
  if (row) return row;
  const known = await db.selectFrom('tenants').select('slug').orderBy('slug').limit(20).execute();
  if (!known.length) throw codedError('NOT_FOUND', 'cli.noTenants', { slug });
  throw codedError('NOT_FOUND', 'cli.tenantNotFound', { slug, tenants: known.map((t) => t.slug).join(', ') });
}

/** The tenant id for a slug, or a NOT_FOUND that says which slugs exist. */
export async function tenantIdBySlug(db: Kysely<Database>, slug: string): Promise<string> {
  return (await tenantBySlugOrList(db, slug)).id;
}

async function withDatabase<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const handle = await databaseFromEnv();
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

/** A date typed on the command line, on the tenant's clocks ("2026-05-31T16:00" is 16:00 there), or a full ISO time with its offset. */
function date(value: string, option: string, timeZone: string): Date {
  const zoned = instantOfWallClock(value, timeZone);
  if (zoned) return zoned;
  const explicit = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim()) ? new Date(value) : undefined;
  if (explicit && !Number.isNaN(explicit.getTime())) return explicit;
  throw codedError('BAD_INPUT', 'cli.notADate', { option, value });
}

/** Sends what is due now (invitations after launch) so a CLI-only installation needs no server running. */
async function sendDueMail(db: Kysely<Database>, tenantId: string): Promise<number> {
  const mailer = createMailer({ smtpUrl: process.env.SMTP_URL, from: process.env.MAIL_FROM ?? 'Spejl <spejl@localhost>' });
  try {
    return await runTenantMail(db, tenantId, { mailer, linkKey: linkKeyFromEnv(), publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:3000' });
  } finally {
    mailer.close();
  }
}

/** `spejl round list|create|launch|close`. */
export function register(program: Command): void {
  const round = program.command('round').description('survey rounds (målinger)');

  round
    .command('list')
    .description("list a tenant's rounds, newest first: id, status, closing date, name")
    .requiredOption('--tenant <slug>', 'the tenant')
    .action(async (o: { tenant: string }) => {
      await withDatabase(async (db) => {
        const tenant = await tenantBySlugOrList(db, o.tenant);
        const rounds = await withTenant(db, tenant.id, (tx) => tx.selectFrom('rounds').select(['id', 'name', 'status', 'closes_at', 'closed_at']).orderBy('created_at', 'desc').execute());
        for (const r of rounds) say(`${r.id}  ${r.status.padEnd(8)} ${calendarDayOf(r.closed_at ?? r.closes_at, tenant.timeZone)}  ${r.name}\n`);
      });
    });

  round
    .command('create')
    .description('create a draft round; prints its id')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--name <name>', 'the round\'s name')
    .requiredOption('--themes <ids>', 'comma-separated theme ids, e.g. borgerorientering')
    .option('--opens <date>', "opening date on the tenant's clocks, e.g. 2026-05-01T09:00 (default: now)")
    .option('--closes <date>', "closing date on the tenant's clocks (default: 14 days after opening)")
    .action(async (o: { tenant: string; name: string; themes: string; opens?: string; closes?: string }) => {
      await withDatabase(async (db) => {
        const { id: tenantId, timeZone } = await tenantBySlugOrList(db, o.tenant);
        const settings = {
          name: o.name,
          themes: o.themes.split(',').map((id) => ({ id: id.trim() })).filter((t) => t.id),
          ...(o.opens ? { opensAt: date(o.opens, '--opens', timeZone) } : {}),
          ...(o.closes ? { closesAt: date(o.closes, '--closes', timeZone) } : {}),
        };
        const created = await withTenant(db, tenantId, async (tx) => createRound(tx, tenantId, settings, themeSourceOf(await tenantThemes(tx, themes))));
        say(`${created.id}\n`);
      });
    });

  round
    .command('launch')
    .description('freeze the hierarchy, derive every form, open the round and send the invitations')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--round <id or name>', 'the round, by id or name')
    .action(async (o: { tenant: string; round: string }) => {
      await withDatabase(async (db) => {
        const { id: tenantId, timeZone } = await tenantBySlugOrList(db, o.tenant);
        const roundId = await roundIdOf(db, tenantId, o.round);
        const result = await withTenant(db, tenantId, (tx) => launchRound(tx, tenantId, roundId, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() }));
        const sent = await sendDueMail(db, tenantId);
        const closes = `${wallClockOf(result.round.closesAt, timeZone).replace('T', ' ')} (${timeZone})`;
        say(`launched "${result.round.name}": ${result.subjects} leaders, ${result.respondents} respondents, ${result.forms} forms; ${sent} invitations handled, closes ${closes}\n`);
        if (!process.env.SMTP_URL && sent > 0) {
          // The outbox never keeps a personal link outside a demo, so without SMTP nobody got one.
          process.stderr.write(warningLine('cli.smtpMissing', {}, cliLanguage(program.opts().lang)));
        }
      });
    });

  round
    .command('close')
    .description('close an open round: links stop working, answers are final')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--round <id or name>', 'the round, by id or name')
    .action(async (o: { tenant: string; round: string }) => {
      await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const roundId = await roundIdOf(db, tenantId, o.round);
        const closed = await withTenant(db, tenantId, (tx) => closeRound(tx, roundId));
        say(`closed "${closed.name}"\n`);
      });
    });
}
