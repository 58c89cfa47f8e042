import { sql, type FormRole, type TenantTx } from '@spejl/db';
import { recordAudit } from '../../audit/log.ts';
import { codedError } from '../../errors/spejl-error.ts';
import type { MailMessage } from '../../mail/message.ts';
import { sendTenantMail } from '../../mail/outbox.ts';
import type { Mailer } from '../../mail/transport.ts';
import { getRound } from '../lifecycle.ts';
import { roundInvitation } from './round-invitation.ts';

/** Test invitations one console user may send in one organisation per hour. */
export const TEST_INVITATIONS_PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;
/** The audit action each test invitation is recorded under; the hourly limit counts these. */
const ACTION = 'round.testInvitation';

/** Who sends a test invitation to themself, and how mail and links go. */
export interface TestInvitationContext {
  tenantId: string;
  user: { id: string; email: string; name: string };
  mailer: Mailer;
  publicUrl: string;
  now?: Date;
}

/** What was sent: to whom, and the preview its link opens. */
export interface TestInvitationSent {
  to: string;
  previewUrl: string;
}

/** The line that opens a test invitation, in the mail's language: it is a test, and its link only previews. */
const TEST_NOTICE = {
  da: 'TEST – Denne invitation har du sendt til dig selv fra målingens side i Spejl. Sådan får respondenterne den, men linket åbner kun en forhåndsvisning: svar kan ikke sendes, og intet tæller med.',
  en: 'TEST – You sent this invitation to yourself from the round\'s page in Spejl. This is how respondents get it, but the link opens only a preview: answers cannot be sent, and nothing counts.',
} as const;

/** The console page that previews the round (sign-in required), in the round's organisation. */
export function roundPreviewUrl(publicUrl: string, tenantId: string, roundId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/rounds/${roundId}/preview?tenant=${tenantId}`;
}

/** Marks a rendered invitation as a test: "[TEST]" before the subject and the notice above the text. */
function markedAsTest(mail: MailMessage, locale: 'da' | 'en'): MailMessage {
  const notice = TEST_NOTICE[locale];
  const html = mail.html?.replace(/(<div[^>]*>)/, `$1<p style="padding:8px 12px;background:#fff4ce;border:1px solid #8a6d00;border-radius:4px"><strong>${notice}</strong></p>`);
  // The link opens a console page only signed-in members of the organisation can see: it is no
  // secret, so the outbox keeps it and the sender can find it there too.
  return { ...mail, subject: `[TEST] ${mail.subject}`, text: `${notice}\n\n${mail.text}`, ...(html === undefined ? {} : { html }), secrets: [] };
}

/** Refuses a sixth test invitation within the hour; the count is the caller's audit entries, so every server shares it. */
async function checkHourlyLimit(tx: TenantTx, userId: string, now: Date): Promise<void> {
  // One at a time per user, so parallel requests cannot all pass the count before any is recorded.
  await sql`select pg_advisory_xact_lock(hashtextextended(${`spejl.test-invitation:${userId}`}, 0))`.execute(tx);
  const sent = await tx
    .selectFrom('audit_log')
    .select('at')
    .where('actor_user_id', '=', userId)
    .where('action', '=', ACTION)
    .where('at', '>', new Date(now.getTime() - HOUR_MS))
    .orderBy('at')
    .execute();
  const oldest = sent[0];
  if (sent.length < TEST_INVITATIONS_PER_HOUR || !oldest) return;
  const minutes = Math.max(1, Math.ceil((new Date(oldest.at).getTime() + HOUR_MS - now.getTime()) / 60_000));
  throw codedError('TOO_MANY', 'round.testInvitationLimit', { limit: TEST_INVITATIONS_PER_HOUR, minutes });
}

/**
 * Sends the signed-in user the round's invitation exactly as a respondent gets it (subject, text,
 * the organisation's colour and logo), marked as a test and linking to the round's preview, through
 * the outbox like every mail. No respondent, form or round message is made, so nothing counts in
 * the round's progress. Its anonymity sentence is the one a respondent in `role` reads (the
 * group the admin previews). A draft or open round only; five an hour per user and organisation.
 */
export async function sendTestInvitation(tx: TenantTx, ctx: TestInvitationContext, roundId: string, locale?: 'da' | 'en', role: FormRole = 'employee'): Promise<TestInvitationSent> {
  const now = ctx.now ?? new Date();
  const round = await getRound(tx, roundId);
  if (round.status !== 'draft' && round.status !== 'open') throw codedError('CONFLICT', 'round.testInvitationNotOpen', { status: round.status });
  await checkHourlyLimit(tx, ctx.user.id, now);
  const language = locale ?? (await tx.selectFrom('tenants').select('locale').where('id', '=', ctx.tenantId).executeTakeFirstOrThrow()).locale;
  const previewUrl = roundPreviewUrl(ctx.publicUrl, ctx.tenantId, roundId);
  const mail = await roundInvitation(tx, ctx.tenantId, round, { to: ctx.user.email, name: ctx.user.name, locale: language, roles: [role] }, previewUrl);
  await sendTenantMail(tx, ctx.tenantId, ctx.mailer, markedAsTest(mail, language));
  await recordAudit(tx, { tenantId: ctx.tenantId, actorUserId: ctx.user.id, action: ACTION, target: roundId, details: { to: ctx.user.email } });
  return { to: ctx.user.email, previewUrl };
}
