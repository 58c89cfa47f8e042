import { z } from 'zod';
import {
  addMaterialFile, aimedLeaders, aimOptions, answerFollowUp, calendarDay, createInitiative, deleteInitiative, followUpAnswerSchema, initiativeInputSchema,
  initiativeTargetSchema, initiativeTemplates, listInitiatives, myInitiatives, removeMaterialFile, setFollowUpDay, tenantThemes, viewInitiative, type InitiativeCaller,
} from '@spejl/core';
import { themes as platformThemes } from '@spejl/plugin-registry';
import { requireRole, router, tenantProcedure, type TenantContext } from '../trpc.ts';
import { fileBase64 } from './upload-input.ts';

const tenantId = { tenantId: z.uuid() };
const initiative = { ...tenantId, initiativeId: z.uuid() };
const admin = tenantProcedure.use(requireRole('admin'));
const caller = (ctx: Pick<TenantContext, 'user' | 'role' | 'personId'>): InitiativeCaller => ({ userId: ctx.user.id, role: ctx.role, personId: ctx.personId });

/**
 * Initiatives (indsatser): admins create them and read the answers; the leaders they are aimed at
 * read the material and answer the follow-up. Who may see which initiative is the core's rule
 * (initiatives/initiative-view.ts), asked per call.
 */
export const initiativesRouter = router({
  /** Initiatives the tenant's enabled themes suggest, to start from. */
  templates: admin.input(z.object(tenantId)).query(async ({ ctx }) => initiativeTemplates(await tenantThemes(ctx.tx, platformThemes))),
  /** Leaders, levels and closed rounds an aim can be chosen from. */
  aimOptions: admin.input(z.object(tenantId)).query(({ ctx }) => aimOptions(ctx.tx)),
  /** How many leaders an aim reaches now (and, below a value, how many had no published result), with their names. */
  preview: admin.input(z.object({ ...tenantId, target: initiativeTargetSchema })).query(async ({ ctx, input }) => {
    const aimed = await aimedLeaders(ctx.tx, input.target);
    // Aiming below a value reads each leader's published mean, as a report does: it is logged like one.
    if (input.target.kind === 'below') await ctx.audit('initiatives.preview', input.target.roundId, { target: input.target, count: aimed.personIds.length });
    const names = await ctx.tx.selectFrom('people').select(['person_id', 'name']).where('person_id', 'in', aimed.personIds.length ? aimed.personIds : ['']).orderBy('name').execute();
    return { count: aimed.personIds.length, withoutPublished: aimed.withoutPublished, leaders: names.map((n) => ({ personId: n.person_id, name: n.name })) };
  }),
  /** Every initiative with its participation. */
  list: admin.input(z.object(tenantId)).query(({ ctx }) => listInitiatives(ctx.tx)),
  /** Creates an initiative and mails its leaders the material. */
  create: admin.input(z.object({ ...tenantId, initiative: initiativeInputSchema })).mutation(({ ctx, input }) =>
    createInitiative(ctx.tx, ctx.tenantId, caller(ctx), input.initiative, { mailer: ctx.mailer, publicUrl: ctx.publicUrl, knownThemes: platformThemes.map((t) => t.id) })),
  /** Moves the follow-up day; moved to today, the follow-up mail goes out at once. */
  setFollowUpDay: admin.input(z.object({ ...initiative, followUpOn: calendarDay })).mutation(({ ctx, input }) =>
    setFollowUpDay(ctx.tx, ctx.tenantId, caller(ctx), input.initiativeId, input.followUpOn, { mailer: ctx.mailer, publicUrl: ctx.publicUrl })),
  /** Deletes an initiative with its files and answers. */
  delete: admin.input(z.object(initiative)).mutation(({ ctx, input }) => deleteInitiative(ctx.tx, ctx.tenantId, caller(ctx), input.initiativeId)),
  /** Adds a file to the material (checked by its bytes: PDF, Office, PNG, JPEG or plain text, at most 10 MB). */
  addFile: admin.input(z.object({ ...initiative, fileName: z.string().trim().min(1).max(300), contentBase64: fileBase64 })).mutation(({ ctx, input }) =>
    addMaterialFile(ctx.tx, ctx.tenantId, caller(ctx), input.initiativeId, input.fileName, Buffer.from(input.contentBase64, 'base64'))),
  /** Removes a file from the material. */
  removeFile: admin.input(z.object({ ...initiative, fileId: z.uuid() })).mutation(({ ctx, input }) =>
    removeMaterialFile(ctx.tx, ctx.tenantId, caller(ctx), input.initiativeId, input.fileId)),
  /** One initiative: an admin's whole page, or a targeted leader's own (NOT_FOUND for anyone else). */
  get: tenantProcedure.input(z.object(initiative)).query(({ ctx, input }) => viewInitiative(ctx.tx, ctx.tenantId, caller(ctx), input.initiativeId)),
  /** The initiatives aimed at the caller. */
  mine: tenantProcedure.input(z.strictObject(tenantId)).query(({ ctx }) => myInitiatives(ctx.tx, caller(ctx))),
  /** The caller's answer to a follow-up; strict, so a request naming another leader is refused rather than read as the caller's. */
  answer: tenantProcedure.input(z.strictObject({ ...initiative, answer: followUpAnswerSchema })).mutation(({ ctx, input }) =>
    answerFollowUp(ctx.tx, ctx.tenantId, caller(ctx), input.initiativeId, input.answer)),
});
