import { z } from 'zod';
import { clearPeers, decideNomination, importPeers, listNominations, listPeers, nominatePeer, nominationCandidates, withdrawNomination, type NominationCaller } from '@spejl/core';
import { requireRole, router, tenantProcedure, type TenantContext } from '../trpc.ts';
import { fileBase64 } from './upload-input.ts';

/** Whose peers: a draft round's own list, or (null) the tenant's standing list. */
const target = { tenantId: z.uuid(), roundId: z.uuid().nullable() };

const tenantId = { tenantId: z.uuid() };
const personId = z.string().trim().min(1).max(64);
const caller = (ctx: Pick<TenantContext, 'user' | 'role' | 'personId'>): NominationCaller => ({ userId: ctx.user.id, role: ctx.role, personId: ctx.personId });

/**
 * A leader nominates their own peers for a draft round; their superior or an admin decides. Open
 * to every member: who may do what is the core's rule (peers/nominations.ts), asked per call.
 */
const nominationsRouter = router({
  /**
   * The caller's own nominations and peers per draft round that asks about them, those waiting for
   * their decision and their latest decisions. Strict: it names no subject, so none can be asked for.
   */
  list: tenantProcedure
    .input(z.strictObject(tenantId))
    .query(({ ctx }) => listNominations(ctx.tx, caller(ctx))),
  /** Leaders the caller may nominate in a round, by part of their name. */
  candidates: tenantProcedure
    .input(z.object({ ...tenantId, roundId: z.uuid(), query: z.string().max(100) }))
    .query(({ ctx, input }) => nominationCandidates(ctx.tx, caller(ctx), { roundId: input.roundId, query: input.query })),
  /** Nominates a peer for the caller; strict, so an input naming another subject is refused rather than quietly read as the caller's. */
  nominate: tenantProcedure
    .input(z.strictObject({ ...tenantId, roundId: z.uuid(), peerId: personId }))
    .mutation(({ ctx, input }) => nominatePeer(ctx.tx, ctx.tenantId, caller(ctx), { roundId: input.roundId, peerId: input.peerId })),
  /** Withdraws one of the caller's pending nominations. */
  withdraw: tenantProcedure
    .input(z.object({ ...tenantId, nominationId: z.uuid() }))
    .mutation(({ ctx, input }) => withdrawNomination(ctx.tx, ctx.tenantId, caller(ctx), input.nominationId)),
  /** Approves or rejects a pending nomination (the subject's superior or an admin). */
  decide: tenantProcedure
    .input(z.strictObject({ ...tenantId, nominationId: z.uuid(), decision: z.enum(['approve', 'reject']) }))
    .mutation(({ ctx, input }) => decideNomination(ctx.tx, ctx.tenantId, caller(ctx), { nominationId: input.nominationId, decision: input.decision })),
});

/** Peers (sideordnede ledere): who rates whom as a peer. Who rates whom is personal data: the lists are for admins; nominations for the leaders they concern. */
export const peersRouter = router({
  /** The standing list or a round's own list, by subject. */
  list: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object(target))
    .query(({ ctx, input }) => listPeers(ctx.tx, { roundId: input.roundId })),
  /** Replaces the list with a peers file: all or nothing, every bad row in the error's issues; a round's only before launch. */
  import: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object({ ...target, fileName: z.string().trim().min(1).max(300), contentBase64: fileBase64 }))
    .mutation(({ ctx, input }) =>
      importPeers(ctx.tx, ctx.tenantId, Buffer.from(input.contentBase64, 'base64'), { roundId: input.roundId }, { userId: ctx.user.id, fileName: input.fileName })),
  /** Empties the list (a round's only before launch), e.g. to take peers out of a round whose themes no longer ask them. */
  clear: tenantProcedure
    .use(requireRole('admin'))
    .input(z.object(target))
    .mutation(({ ctx, input }) => clearPeers(ctx.tx, ctx.tenantId, { roundId: input.roundId }, { userId: ctx.user.id })),
  nominations: nominationsRouter,
});
