import { z } from 'zod';
import {
  agreementsInput, assertRoundThemes, dialogueKitDocument, loadRoundResults, meetingAgenda, meetingForReader, meetingLeader, meetingModelMinutes, meetingModelTitle,
  meetingPlanInput, meetingReportView, meetingStatuses, MEETING_MODEL_IDS, leaderMeeting, plannedMeeting, reportFileName, saveAgreements, saveHeld, saveMeetingPlan, shareAgreements,
  type ReportReader,
} from '@spejl/core';
import { reports as plugins } from '@spejl/plugin-registry';
import { renderHtml, renderPdf } from '@spejl/report-render';
import { router, tenantProcedure, type TenantContext } from '../trpc.ts';

const tenant = z.object({ tenantId: z.uuid() });
const locale = z.enum(['da', 'en']).default('da');
const round = tenant.extend({ roundId: z.uuid() });
/** A kit names its leader only so that asking for someone else's is refused out loud, not quietly swapped for one's own. */
const kit = round.extend({ locale, leaderId: z.string().min(1).max(200).optional() });

const reader = (ctx: Pick<TenantContext, 'role' | 'personId'>): ReportReader => ({ role: ctx.role, personId: ctx.personId });

/** The caller's own report view and meeting for a round, after the same checks as their leader report. */
async function ownMeeting(ctx: TenantContext, roundId: string, language: 'da' | 'en') {
  const leaderId = meetingLeader(reader(ctx));
  const results = await loadRoundResults(ctx.tx, ctx.tenantId, roundId, plugins, ctx.resultsCache);
  const view = meetingReportView(results, plugins, reader(ctx), leaderId, language);
  return { leaderId, results, view, meeting: await leaderMeeting(ctx.tx, ctx.tenantId, roundId, leaderId) };
}

/** The kit document for the caller's planned meeting, and its download name. */
async function kitDocument(ctx: TenantContext, input: z.output<typeof kit>, format: 'pdf' | 'html') {
  const leaderId = meetingLeader(reader(ctx));
  const results = await loadRoundResults(ctx.tx, ctx.tenantId, input.roundId, plugins, ctx.resultsCache);
  const view = meetingReportView(results, plugins, reader(ctx), input.leaderId ?? leaderId, input.locale);
  const doc = dialogueKitDocument(view, await plannedMeeting(ctx.tx, ctx.tenantId, input.roundId, leaderId));
  const kind = input.locale === 'en' ? 'Dialogue meeting' : 'Dialogmøde';
  const fileName = (extension: 'pdf' | 'html') => reportFileName({ kind, subject: view.subject.name, round: results.source.round.name }, extension);
  await ctx.audit('dialogueMeeting.kit', leaderId, { roundId: input.roundId, format });
  return { doc, fileName };
}

/** The leader's dialogue meeting with the staff after a round: plan, printable kit, agreements, and who sees what of it. */
export const dialogueMeetingRouter = router({
  /** The caller's meeting for a round (null until planned), the round's themes, the models and, once planned, the agenda. */
  mine: tenantProcedure.input(round.extend({ locale })).query(async ({ ctx, input }) => {
    const { view, meeting } = await ownMeeting(ctx, input.roundId, input.locale);
    const themes = view.themes.map((t) => ({ id: t.id, title: t.title }));
    const chosen = meeting ? meeting.themeIds.flatMap((id) => themes.find((t) => t.id === id) ?? []) : [];
    return {
      roundName: view.round.name,
      leaderName: view.subject.name,
      themes,
      models: MEETING_MODEL_IDS.map((id) => ({ id, title: meetingModelTitle(id, input.locale), minutes: meetingModelMinutes(id) })),
      meeting,
      agenda: meeting ? meetingAgenda(meeting.model, meeting.startTime, chosen, input.locale) : null,
    };
  }),
  /** Plans (or re-plans) the caller's meeting: model, day, start time and the themes to discuss. */
  plan: tenantProcedure.input(round.extend(meetingPlanInput.shape)).mutation(async ({ ctx, input }) => {
    const { leaderId, results } = await ownMeeting(ctx, input.roundId, 'da');
    assertRoundThemes(results, input.themeIds);
    const meeting = await saveMeetingPlan(ctx.tx, ctx.tenantId, input.roundId, leaderId, input, ctx.user.id);
    await ctx.audit('dialogueMeeting.plan', leaderId, { roundId: input.roundId, model: input.model, date: input.date });
    return meeting;
  }),
  /** The printable kit as a PDF (base64): agenda, the report's published figures, the themes' reflection questions. */
  kitPdf: tenantProcedure.input(kit).mutation(async ({ ctx, input }) => {
    const { doc, fileName } = await kitDocument(ctx, input, 'pdf');
    return { fileName: fileName('pdf'), contentBase64: (await renderPdf(doc)).toString('base64') };
  }),
  /** The same kit as one standalone HTML page. */
  kitHtml: tenantProcedure.input(kit).mutation(async ({ ctx, input }) => {
    const { doc, fileName } = await kitDocument(ctx, input, 'html');
    return { fileName: fileName('html'), html: renderHtml(doc) };
  }),
  /** Writes down the team's agreements (the caller's own meeting; fixed once shared). */
  recordAgreements: tenantProcedure.input(round.extend(agreementsInput.shape)).mutation(async ({ ctx, input }) => {
    const leaderId = meetingLeader(reader(ctx));
    const meeting = await saveAgreements(ctx.tx, ctx.tenantId, input.roundId, leaderId, input.agreements);
    await ctx.audit('dialogueMeeting.agreements', leaderId, { roundId: input.roundId, characters: input.agreements.length });
    return meeting;
  }),
  /** Marks the caller's meeting held, or not held after all (until its agreements are shared). */
  markHeld: tenantProcedure.input(round.extend({ held: z.boolean() })).mutation(async ({ ctx, input }) => {
    const leaderId = meetingLeader(reader(ctx));
    const meeting = await saveHeld(ctx.tx, ctx.tenantId, input.roundId, leaderId, input.held);
    await ctx.audit('dialogueMeeting.held', leaderId, { roundId: input.roundId, held: input.held });
    return meeting;
  }),
  /** Mails the agreements to the caller's direct reports in the round who have an address; sharing again sends nothing. */
  share: tenantProcedure.input(round).mutation(async ({ ctx, input }) => {
    const leaderId = meetingLeader(reader(ctx));
    const result = await shareAgreements(ctx.tx, ctx.tenantId, ctx.mailer, input.roundId, leaderId);
    if (!result.alreadyShared) await ctx.audit('dialogueMeeting.share', leaderId, { roundId: input.roundId, sent: result.sent });
    return result;
  }),
  /** One meeting by id, as the tenant's policy lets the caller see it: its leader everything, their superior and admins whether it was held. */
  read: tenantProcedure.input(tenant.extend({ meetingId: z.uuid() })).query(({ ctx, input }) => meetingForReader(ctx.tx, ctx.tenantId, input.meetingId, reader(ctx))),
  /** Whether the meetings of a round were held: admins and analysts every leader's, a leader their direct reports'. */
  statuses: tenantProcedure.input(round).query(({ ctx, input }) => meetingStatuses(ctx.tx, ctx.tenantId, input.roundId, reader(ctx))),
});
