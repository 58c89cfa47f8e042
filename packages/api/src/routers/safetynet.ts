import { z } from 'zod';
import { approveHeldSync, discardHeldSync, listSyncs, runSyncInTransaction, safetyNetSettings, safetyNetSettingsSchema, saveSafetyNetSettings } from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';

const admin = tenantProcedure.use(requireRole('admin'));
const tenantOnly = z.object({ tenantId: z.uuid() });
const syncRef = tenantOnly.extend({ syncId: z.uuid() });

/** The hierarchy from the HR system: where the SafetyNet pair is fetched from, and each fetch. */
export const safetyNetRouter = router({
  /** The saved SFTP location and time of day, without the private key (only `hasKey`); null when none is saved. */
  settings: admin.input(tenantOnly).query(({ ctx }) => safetyNetSettings(ctx.tx)),
  /** Saves the location; leaving the key out keeps the saved one. The key is never sent back, nor written to the audit log. */
  saveSettings: admin.input(tenantOnly.extend({ settings: safetyNetSettingsSchema })).mutation(async ({ ctx, input }) => {
    const changed = await saveSafetyNetSettings(ctx.tx, input.settings);
    await ctx.audit('safetynet.settings', input.settings.host, changed);
  }),
  /** The latest syncs, newest first; a held one carries its diff. */
  syncs: admin.input(tenantOnly).query(({ ctx }) => listSyncs(ctx.tx, ctx.tenantId)),
  /** Fetches and settles the pair now: applied, unchanged, held or failed (with a coded error). */
  runNow: admin.input(tenantOnly).mutation(async ({ ctx }) => {
    const outcome = await runSyncInTransaction(ctx.tx, ctx.tenantId);
    await ctx.audit('safetynet.sync.run', outcome.syncId, { status: outcome.status });
    return outcome;
  }),
  /** Applies a held sync as it was shown; refused when the people changed since. */
  approve: admin.input(syncRef).mutation(async ({ ctx, input }) => {
    const result = await approveHeldSync(ctx.tx, ctx.tenantId, input.syncId, { userId: ctx.user.id, label: ctx.user.email });
    await ctx.audit('safetynet.sync.approved', input.syncId, { ...result.counts });
    return result.counts;
  }),
  /** Discards a held sync; the people stay as they are. */
  discard: admin.input(syncRef).mutation(async ({ ctx, input }) => {
    await discardHeldSync(ctx.tx, ctx.tenantId, input.syncId, ctx.user.id);
    await ctx.audit('safetynet.sync.discarded', input.syncId);
  }),
});
