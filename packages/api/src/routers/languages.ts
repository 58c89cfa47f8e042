import { z } from 'zod';
import {
  addRoundLanguage, exportTranslationCsv, importTranslationFile, listRoundLanguages, removeRoundLanguage, saveTranslations, translationTable,
  TRANSLATION_FILE_LIMITS, TRANSLATION_MAX_LENGTH,
} from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';

const admin = tenantProcedure.use(requireRole('admin'));
const roundRef = z.strictObject({ tenantId: z.uuid(), roundId: z.uuid() });
/** A tag as typed; the core canonicalises and refuses a tag that is none, with a coded error. */
const languageRef = roundRef.extend({ tag: z.string().trim().min(1).max(40) });

/**
 * A round's languages besides Danish and English (issue 17): add one, translate its texts side by
 * side with the Danish, or export a file for a translator and import it back. Admins only: the
 * texts are the round's, which admins keep.
 */
export const languagesRouter = router({
  /** The languages the round added, with how much of each is translated. */
  list: admin.input(roundRef).query(({ ctx, input }) => listRoundLanguages(ctx.tx, input.roundId)),
  /** Adds a language (a BCP-47 tag: pl, ar, uk, tr); audited. */
  add: admin.input(languageRef).mutation(({ ctx, input }) => addRoundLanguage(ctx.tx, ctx.tenantId, input.roundId, input.tag, { userId: ctx.user.id, via: 'console' })),
  /** Removes a language from a draft round; audited. */
  remove: admin.input(languageRef).mutation(async ({ ctx, input }) => {
    await removeRoundLanguage(ctx.tx, ctx.tenantId, input.roundId, input.tag, { userId: ctx.user.id, via: 'console' });
    return { removed: true };
  }),
  /** Every text of the round with its Danish, English and translation, for the side-by-side editor. */
  table: admin.input(languageRef).query(({ ctx, input }) => translationTable(ctx.tx, input.roundId, input.tag)),
  /** Saves translations typed in the console, all or nothing; an empty text removes one; audited. */
  save: admin
    .input(languageRef.extend({
      entries: z.array(z.strictObject({ key: z.string().trim().min(1).max(300), text: z.string().trim().max(TRANSLATION_MAX_LENGTH + 1) })).max(TRANSLATION_FILE_LIMITS.rows),
    }))
    .mutation(({ ctx, input }) => saveTranslations(ctx.tx, ctx.tenantId, input.roundId, input.tag, input.entries, { userId: ctx.user.id, via: 'console' })),
  /** The translation file (CSV for Excel): key, Danish, English and the language's column; audited. */
  exportCsv: admin.input(languageRef).query(async ({ ctx, input }) => {
    const file = await exportTranslationCsv(ctx.tx, input.roundId, input.tag);
    await ctx.audit('languages.export', input.roundId, { locale: input.tag });
    return file;
  }),
  /** Imports a translated file (CSV or XLSX): all of it, or with any problem nothing; audited. */
  importFile: admin
    .input(languageRef.extend({
      fileName: z.string().trim().min(1).max(200),
      // Somewhat over the limit passes, so the core says "the file is 3 MB" instead of a schema error.
      contentBase64: z.string().max(Math.ceil((TRANSLATION_FILE_LIMITS.bytes * 1.5 * 4) / 3)).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    }))
    .mutation(({ ctx, input }) => importTranslationFile(ctx.tx, ctx.tenantId, input.roundId, input.tag, new Uint8Array(Buffer.from(input.contentBase64, 'base64')), { userId: ctx.user.id })),
});
