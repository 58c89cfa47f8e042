import { z } from 'zod';
import {
  archiveRound, closeRound, codedError, createRound, deleteRound, deliveryReport, extendRound, getRound, hierarchySnapshots, launchRound, linkKeyFromEnv, listRounds,
  previewReminderNow, previewRoundScope, reminderHistory, remindNow, resendLink, roundProgress, roundScopeSchema, roundSettingsSchema, tenantThemes, themeSourceOf,
  updateRound, type ThemeSource,
} from '@spejl/core';
import type { TenantTx } from '@spejl/db';
import { themes } from '@spejl/plugin-registry';
import { requireRole, router, tenantProcedure } from '../trpc.ts';
import { roundPreviewProcedures } from './round-preview.ts';

/** The tenant's switched-on themes, its local questions included: what its rounds may use. */
const themeSourceFor = async (tx: TenantTx): Promise<ThemeSource> => themeSourceOf(await tenantThemes(tx, themes));
const roundRef = z.object({ tenantId: z.uuid(), roundId: z.uuid() });
const personId = z.string().trim().min(1).max(200);
/** Who a reminder sent now goes to: everyone unfinished (null) or the unfinished in one leader's chain. */
const reminderRef = roundRef.extend({ chainOf: personId.nullable() });
const admin = tenantProcedure.use(requireRole('admin'));
const reader = tenantProcedure.use(requireRole('admin', 'analyst'));

/** Survey rounds: settings while draft, launch, progress while open, close, archive. */
export const roundsRouter = router({
  ...roundPreviewProcedures,
  /** The themes a round can ask, newest version of each. */
  themes: reader.input(z.object({ tenantId: z.uuid() })).query(async ({ ctx }) =>
    (await tenantThemes(ctx.tx, themes)).map((t) => ({ id: t.id, version: t.version, title: t.title, items: t.items.length })),
  ),
  /** Every round of the tenant, newest first. */
  list: reader.input(z.object({ tenantId: z.uuid() })).query(({ ctx }) => listRounds(ctx.tx)),
  /** One round with its settings. */
  get: reader.input(roundRef).query(({ ctx, input }) => getRound(ctx.tx, input.roundId)),
  /** How many leaders, respondents and forms a scope would give on today's hierarchy, and its levels; with a draft round's id, its peers' forms too. */
  scopePreview: reader
    .input(z.object({ tenantId: z.uuid(), scope: roundScopeSchema, exemptLeaderIds: z.array(z.string().trim().min(1).max(200)).max(10_000).default([]), roundId: z.uuid().nullable().default(null) }))
    .query(({ ctx, input }) => {
      // Counting a round's peers' forms leader by leader would tell who rates whom, which is for admins (peers.list).
      if (input.roundId && ctx.role !== 'admin' && ctx.role !== 'operator') throw codedError('FORBIDDEN', 'access.roleRefused', { role: ctx.role });
      return previewRoundScope(ctx.tx, input.scope, input.exemptLeaderIds, input.roundId);
    }),
  /** Creates a draft round. */
  create: admin.input(z.object({ tenantId: z.uuid(), settings: roundSettingsSchema })).mutation(async ({ ctx, input }) => {
    const round = await createRound(ctx.tx, ctx.tenantId, input.settings, await themeSourceFor(ctx.tx));
    await ctx.audit('round.create', round.id, { name: round.name });
    return round;
  }),
  /** Changes a draft round's settings. */
  update: admin.input(roundRef.extend({ settings: roundSettingsSchema })).mutation(async ({ ctx, input }) => {
    const round = await updateRound(ctx.tx, input.roundId, input.settings, await themeSourceFor(ctx.tx));
    await ctx.audit('round.update', round.id);
    return round;
  }),
  /** Deletes a draft round. */
  remove: admin.input(roundRef).mutation(async ({ ctx, input }) => {
    await deleteRound(ctx.tx, input.roundId);
    await ctx.audit('round.delete', input.roundId);
  }),
  /** Freezes the hierarchy, derives every form, opens the round and queues the invitations. */
  launch: admin.input(roundRef).mutation(async ({ ctx, input }) => {
    const result = await launchRound(ctx.tx, ctx.tenantId, input.roundId, { snapshots: hierarchySnapshots, linkKey: linkKeyFromEnv() });
    await ctx.audit('round.launch', input.roundId, { subjects: result.subjects, respondents: result.respondents, forms: result.forms });
    return result;
  }),
  /** Closes an open round now. */
  close: admin.input(roundRef).mutation(async ({ ctx, input }) => {
    const round = await closeRound(ctx.tx, input.roundId);
    await ctx.audit('round.close', input.roundId);
    return round;
  }),
  /** Moves an open round's closing date later. */
  extend: admin.input(roundRef.extend({ closesAt: z.coerce.date() })).mutation(async ({ ctx, input }) => {
    const round = await extendRound(ctx.tx, input.roundId, input.closesAt);
    await ctx.audit('round.extend', input.roundId, { closesAt: input.closesAt.toISOString() });
    return round;
  }),
  /** Archives a closed round. */
  archive: admin.input(roundRef).mutation(async ({ ctx, input }) => {
    const round = await archiveRound(ctx.tx, input.roundId);
    await ctx.audit('round.archive', input.roundId);
    return round;
  }),
  /** Response rates per leader and chain, and how the mail is doing. Counts only: never answers. */
  progress: reader.input(roundRef).query(async ({ ctx, input }) => ({
    rates: await roundProgress(ctx.tx, input.roundId, hierarchySnapshots),
    delivery: await deliveryReport(ctx.tx, input.roundId),
  })),
  /** Sends a respondent their personal link again; once in ten minutes a person. */
  resend: admin.input(roundRef.extend({ personId })).mutation(async ({ ctx, input }) => {
    await resendLink(ctx.tx, ctx.tenantId, input.roundId, input.personId);
    await ctx.audit('round.resend', input.roundId, { personId: input.personId });
  }),
  /**
   * What sending a reminder now would do: its unfinished forms, and of the people it concerns how
   * many have no address and how many were reminded in the last day. Audited like the sending:
   * asked chain by chain, it is a way of looking at who has answered.
   */
  reminderPreview: admin.input(reminderRef).query(async ({ ctx, input }) => {
    const preview = await previewReminderNow(ctx.tx, input.roundId, { chainOf: input.chainOf }, hierarchySnapshots);
    await ctx.audit('round.reminderPreview', input.roundId, { chainOf: input.chainOf });
    return preview;
  }),
  /** Sends a reminder now to the unfinished (all, or one chain), through the planned reminders' queue; nobody gets two within a day. */
  remindNow: admin.input(reminderRef).mutation(async ({ ctx, input }) => {
    const sent = await remindNow(ctx.tx, ctx.tenantId, input.roundId, { chainOf: input.chainOf, requestedBy: ctx.user.id }, hierarchySnapshots);
    await ctx.audit('round.remindNow', input.roundId, { chainOf: input.chainOf, unfinishedForms: sent.unfinishedForms });
    return sent;
  }),
  /** The round's reminders: planned ones with what became of them, and those sent by hand. */
  reminderHistory: reader.input(roundRef).query(({ ctx, input }) => reminderHistory(ctx.tx, input.roundId)),
});
