import type { Command } from 'commander';
import {
  closeRound, createMailer, createRound, hierarchySnapshots, launchRound, linkKeyFromEnv, runTenantMail, SpejlError, tenantThemes, themeSourceOf,
} from '@spejl/core';
import { databaseFromEnv, withTenant, type Database, type Kysely } from '@spejl/db';
import { themes } from '@spejl/plugin-registry';
import { roundIdOf } from './round-ref.ts';
import { say } from '../terminal-text.ts';

/** The tenant id for a slug, or a NOT_FOUND that says which slugs exist. */
export async function tenantIdBySlug(db: Kysely<Database>, slug: string): Promise<string> {
  const row = await db.selectFrom('tenants').select('id').where('slug', '=', slug).executeTakeFirst();
  if (row) return row.id;
  const known = await db.selectFrom('tenants').select('slug').orderBy('slug').limit(20).execute();
  throw new SpejlError('NOT_FOUND', `there is no tenant "${slug}"; tenants: ${known.map((t) => t.slug).join(', ') || 'none (spejl tenant create)'}`);
}

async function withDatabase<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const handle = await databaseFromEnv();
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

function date(value: string, option: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new SpejlError('BAD_INPUT', `${option} "${value}" is not a date; write it as 2026-05-31 or 2026-05-31T16:00`);
  return d;
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
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const rounds = await withTenant(db, tenantId, (tx) => tx.selectFrom('rounds').select(['id', 'name', 'status', 'closes_at', 'closed_at']).orderBy('created_at', 'desc').execute());
        for (const r of rounds) say(`${r.id}  ${r.status.padEnd(8)} ${new Date(r.closed_at ?? r.closes_at).toISOString().slice(0, 10)}  ${r.name}\n`);
      });
    });

  round
    .command('create')
    .description('create a draft round; prints its id')
    .requiredOption('--tenant <slug>', 'the tenant')
    .requiredOption('--name <name>', 'the round\'s name')
    .requiredOption('--themes <ids>', 'comma-separated theme ids, e.g. borgerorientering')
    .option('--opens <date>', 'opening date (default: now)')
    .option('--closes <date>', 'closing date (default: 14 days after opening)')
    .action(async (o: { tenant: string; name: string; themes: string; opens?: string; closes?: string }) => {
      await withDatabase(async (db) => {
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const settings = {
          name: o.name,
          themes: o.themes.split(',').map((id) => ({ id: id.trim() })).filter((t) => t.id),
          ...(o.opens ? { opensAt: date(o.opens, '--opens') } : {}),
          ...(o.closes ? { closesAt: date(o.closes, '--closes') } : {}),
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
        const tenantId = await tenantIdBySlug(db, o.tenant);
        const roundId = await roundIdOf(db, tenantId, o.round);
        const result = await withTenant(db, tenantId, (tx) => launchRound(tx, tenantId, roundId, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() }));
        const sent = await sendDueMail(db, tenantId);
        say(`launched "${result.round.name}": ${result.subjects} leaders, ${result.respondents} respondents, ${result.forms} forms; ${sent} invitations handled, closes ${result.round.closesAt.toISOString()}\n`);
        if (!process.env.SMTP_URL && sent > 0) {
          // The outbox never keeps a personal link outside a demo, so without SMTP nobody got one.
          process.stderr.write('warning: SMTP_URL is not set, so the invitations were not sent; the outbox keeps them without their personal links. Set SMTP_URL and send them again from the round\'s page.\n');
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
