import { z } from 'zod';
import {
  listFaggrupper, listThemeChoices, loadFramingSettings, loadLocalQuestions, LocalQuestionsSave, saveFramingSettings, saveLocalQuestions, setThemeEnabled,
} from '@spejl/core';
import { TenantFramingInput } from '@spejl/plugin-sdk';
import { themes as platform } from '@spejl/plugin-registry';
import { requireRole, router, tenantProcedure } from '../trpc.ts';

const tenant = z.object({ tenantId: z.uuid() });
const admin = tenantProcedure.use(requireRole('admin'));
const reader = tenantProcedure.use(requireRole('admin', 'analyst'));

/** Themes per tenant: the catalogue and its switches, framing (sector, faggruppe examples), and local questions. */
export const themesRouter = router({
  /** Every theme with its full content and whether it is on, plus what previews need: framing and faggrupper. */
  catalog: reader.input(tenant).query(async ({ ctx }) => ({
    themes: await listThemeChoices(ctx.tx, platform),
    framing: await loadFramingSettings(ctx.tx, ctx.tenantId),
    faggrupper: await listFaggrupper(ctx.tx),
  })),
  /** Switches a theme on or off for the tenant's future rounds. */
  setEnabled: admin.input(tenant.extend({ themeId: z.string().min(1).max(100), enabled: z.boolean() })).mutation(async ({ ctx, input }) => {
    const choice = await setThemeEnabled(ctx.tx, ctx.tenantId, platform, input.themeId, input.enabled, ctx.user.id);
    await ctx.audit(input.enabled ? 'theme.enable' : 'theme.disable', input.themeId);
    return choice;
  }),
  /** Saves the tenant's default example and examples per faggruppe; refused whole if any is invalid. */
  saveFraming: admin.input(tenant.extend({ framing: TenantFramingInput })).mutation(async ({ ctx, input }) => {
    const saved = await saveFramingSettings(ctx.tx, ctx.tenantId, input.framing);
    await ctx.audit('theme.framing', null, { faggrupper: saved.faggruppeExamples.length });
    return saved;
  }),
  /** The tenant's local questions as last saved. */
  localQuestions: reader.input(tenant).query(({ ctx }) => loadLocalQuestions(ctx.tx)),
  /** Saves the local questions as a new revision; a stale revision is refused with CONFLICT. */
  saveLocalQuestions: admin.input(tenant.extend({ questions: LocalQuestionsSave })).mutation(async ({ ctx, input }) => {
    const saved = await saveLocalQuestions(ctx.tx, ctx.tenantId, input.questions, ctx.user.id);
    await ctx.audit('theme.local-questions', null, { revision: saved.revision, items: saved.items.length });
    return saved;
  }),
});
