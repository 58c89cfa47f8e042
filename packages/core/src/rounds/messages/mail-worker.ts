import { currentTenant, withTenant, type Branding, type Database, type FormRole, type Kysely, type RoundTexts, type TenantTx } from '@spejl/db';
import { startPeriodicWorker, type PeriodicWorker } from '../../background/periodic-worker.ts';
import type { MailMessage } from '../../mail/message.ts';
import { storeTenantOutbox } from '../../mail/outbox.ts';
import type { Mailer } from '../../mail/transport.ts';
import { personalLink, personalToken } from '../../survey/personal-link.ts';
import type { LinkKey } from '../../survey/link-token.ts';
import { sendDueTalkReminders } from '../../follow-up/talk-reminders.ts';
import { sendDueInitiativeMails } from '../../initiatives/initiative-mail.ts';
import { closeRound } from '../lifecycle.ts';
import { builtInLocale } from '../../languages/localised-texts.ts';
import { mailTemplateIn } from '../../languages/mail-language.ts';
import { renderRoundMail } from './mail-text.ts';
import { claimDue, dropForClosedRounds, failInterrupted, queueDueReminders, recordOutcome, type ClaimedMessage } from './message-queue.ts';

/** What the mail job needs: where mail goes, how links are made, and the address people open. */
export interface MailJobOptions {
  mailer: Mailer;
  linkKey: LinkKey;
  publicUrl: string;
  batchSize?: number;
  now?: () => Date;
}

interface RoundInfo { name: string; texts: RoundTexts; closesAt: Date; threshold: number; peerThreshold: number; translations: Map<string, Record<string, string>> }
interface TenantInfo { name: string; branding: Branding; timeZone: string }

async function closeDueRounds(tx: TenantTx, now: Date): Promise<void> {
  const due = await tx.selectFrom('rounds').select('id').where('status', '=', 'open').where('closes_at', '<=', now).execute();
  for (const r of due) await closeRound(tx, r.id, now);
}

/** The roles each addressee of `claimed` answers in, by round and person: what their mail's `{{anonymity}}` says. */
async function rolesOf(tx: TenantTx, claimed: readonly ClaimedMessage[]): Promise<Map<string, FormRole[]>> {
  const roles = new Map<string, FormRole[]>();
  if (!claimed.length) return roles;
  const rows = await tx
    .selectFrom('round_assignments')
    .select(['round_id', 'person_id', 'role'])
    .distinct()
    .where('round_id', 'in', [...new Set(claimed.map((m) => m.roundId))])
    .where('person_id', 'in', [...new Set(claimed.map((m) => m.personId))])
    .execute();
  for (const r of rows) roles.set(`${r.round_id}:${r.person_id}`, [...(roles.get(`${r.round_id}:${r.person_id}`) ?? []), r.role]);
  return roles;
}

function render(m: ClaimedMessage, round: RoundInfo, tenant: TenantInfo, tenantId: string, o: MailJobOptions, roles: ReadonlyMap<string, FormRole[]>): MailMessage {
  const text = mailTemplateIn(round.texts, m.kind === 'reminder' ? 'reminder' : 'invitation', m.locale, round.translations.get(m.locale));
  const url = personalLink(o.publicUrl, personalToken(o.linkKey, tenantId, m.linkSalt));
  return renderRoundMail(m.email ?? '', text, { name: m.name, round: round.name, link: url, closes: round.closesAt, threshold: round.threshold, peerThreshold: round.peerThreshold, roles: roles.get(`${m.roundId}:${m.personId}`) ?? [], locale: builtInLocale(m.locale), timeZone: tenant.timeZone, organisation: tenant.name, branding: tenant.branding });
}

async function loadInfo(tx: TenantTx, tenantId: string, claimed: readonly ClaimedMessage[]): Promise<{ tenant: TenantInfo; rounds: Map<string, RoundInfo>; roles: Map<string, FormRole[]> }> {
  const t = await tx.selectFrom('tenants').select(['name', 'branding', 'time_zone']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  const rows = await tx.selectFrom('rounds').select(['id', 'name', 'texts', 'closes_at', 'threshold', 'peer_threshold']).where('status', '=', 'open').execute();
  const translations = await roundTranslations(tx, rows.map((r) => r.id));
  return {
    tenant: { name: t.name, branding: t.branding, timeZone: t.time_zone },
    roles: await rolesOf(tx, claimed),
    rounds: new Map(rows.map((r) => [r.id, { name: r.name, texts: r.texts, closesAt: new Date(r.closes_at), threshold: r.threshold ?? 5, peerThreshold: r.peer_threshold ?? 3, translations: translations.get(r.id) ?? new Map() }])),
  };
}

/** The added languages' translations of the open rounds, by round and language: what a mail in Polish is made from. */
async function roundTranslations(tx: TenantTx, roundIds: readonly string[]): Promise<Map<string, Map<string, Record<string, string>>>> {
  const byRound = new Map<string, Map<string, Record<string, string>>>();
  if (!roundIds.length) return byRound;
  const rows = await tx.selectFrom('round_languages').select(['round_id', 'locale', 'texts']).where('tenant_id', '=', currentTenant(tx)).where('round_id', 'in', [...roundIds]).execute();
  for (const r of rows) byRound.set(r.round_id, (byRound.get(r.round_id) ?? new Map()).set(r.locale, r.texts));
  return byRound;
}

/**
 * Works one tenant's mail: marks interrupted sends failed, closes rounds past their closing
 * date, queues due reminders, then sends what is due. Without SMTP the outbox row is the
 * delivery and is written in the same transaction as the claim: exactly once. With SMTP the
 * claim commits first, the mail is sent, and the outcome is recorded. The outbox keeps each
 * mail with its link replaced, except in a demo without a mail server (see outbox-copy.ts).
 */
export async function runTenantMail(db: Kysely<Database>, tenantId: string, o: MailJobOptions): Promise<number> {
  const now = (o.now ?? (() => new Date()))();
  await withTenant(db, tenantId, async (tx) => {
    await failInterrupted(tx, now);
    await closeDueRounds(tx, now);
    await dropForClosedRounds(tx);
    await queueDueReminders(tx, tenantId, now);
  });
  let handled = 0;
  for (;;) {
    const batch = await withTenant(db, tenantId, async (tx) => {
      const claimed = await claimDue(tx, now, o.batchSize ?? 50);
      const info = await loadInfo(tx, tenantId, claimed);
      if (o.mailer.sends) return { claimed, info };
      for (const m of claimed) {
        const round = info.rounds.get(m.roundId);
        if (!round) continue;
        await storeTenantOutbox(tx, tenantId, o.mailer, render(m, round, info.tenant, tenantId, o, info.roles), { status: 'stored', error: null });
        await recordOutcome(tx, m.id, m.attempts, { status: 'stored', error: null }, now);
      }
      return { claimed: [], info, stored: claimed.length };
    });
    handled += batch.stored ?? 0;
    for (const m of batch.claimed) {
      const round = batch.info.rounds.get(m.roundId);
      if (!round) continue;
      const message = render(m, round, batch.info.tenant, tenantId, o, batch.info.roles);
      const outcome = await o.mailer.deliver(message);
      await withTenant(db, tenantId, async (tx) => {
        await storeTenantOutbox(tx, tenantId, o.mailer, message, outcome);
        await recordOutcome(tx, m.id, m.attempts, outcome, new Date());
      });
      handled++;
    }
    if (!batch.claimed.length && !batch.stored) return handled + await followUpMail(db, tenantId, o, now);
  }
}

/** The follow-up's mails, after the round's own: talk reminders and initiatives' material and follow-ups. */
async function followUpMail(db: Kysely<Database>, tenantId: string, o: MailJobOptions, now: Date): Promise<number> {
  return await sendDueTalkReminders(db, tenantId, o.mailer, o.publicUrl, now) + await sendDueInitiativeMails(db, tenantId, o.mailer, o.publicUrl, now);
}

/** One pass over every tenant; returns how many mails were handled. */
export async function runMailJobs(db: Kysely<Database>, o: MailJobOptions): Promise<number> {
  const tenants = await db.selectFrom('tenants').select('id').execute();
  let n = 0;
  for (const t of tenants) n += await runTenantMail(db, t.id, o);
  return n;
}

/** Runs the mail job every `intervalMs` until stopped; a failing pass is logged and retried next time. */
export function startMailWorker(db: Kysely<Database>, o: MailJobOptions & { intervalMs?: number; onError?: (e: unknown) => void }): PeriodicWorker {
  return startPeriodicWorker(() => runMailJobs(db, o), { intervalMs: o.intervalMs ?? 10_000, onError: o.onError });
}
