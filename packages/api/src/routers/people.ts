import { z } from 'zod';
import {
  addPerson, applyPeopleImport, columnMappingSchema, getPerson, importSafety, importSafetySchema, listImports, listReports, loadPeople, movePerson,
  peopleList, peopleSummary, peopleToCsv, personInputSchema, personPatchSchema, previewPeopleImport, removePerson, saveImportSafety, searchPeople, setExempt,
  tableReadingSchema, tenantFaggrupper, updatePerson, uploadName,
} from '@spejl/core';
import { requireRole, router, tenantProcedure } from '../trpc.ts';
import { fileBase64 } from './upload-input.ts';

const admin = tenantProcedure.use(requireRole('admin'));
const reader = tenantProcedure.use(requireRole('admin', 'analyst'));
const tenantOnly = z.object({ tenantId: z.uuid() });
const personId = z.string().trim().min(1).max(64);
const personRef = tenantOnly.extend({ personId });

/** An uploaded people file: CSV or XLSX as base64, with the mapping and (CSV) the reading the admin chose; the core refuses it, in words, past its limits. */
const upload = tenantOnly.extend({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: fileBase64,
  mapping: columnMappingSchema.optional(),
  reading: tableReadingSchema.optional(),
  /** A SafetyNet pair: the unit file, while the file above is the employee file. */
  units: z.object({ fileName: z.string().trim().min(1).max(200), contentBase64: fileBase64 }).optional(),
});

function bytesOf(input: z.infer<typeof upload>) {
  const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
  const units = input.units && { units: { fileName: input.units.fileName, bytes: bytes(input.units.contentBase64) } };
  return { fileName: input.fileName, bytes: bytes(input.contentBase64), mapping: input.mapping, reading: input.reading, ...units };
}

/** The hierarchy (ledelseskæden): import, browse, search and edit the tenant's people. */
export const peopleRouter = router({
  /** Counts, the faggrupper the framings know, and the latest import. */
  summary: reader.input(tenantOnly).query(async ({ ctx }) => ({
    ...(await peopleSummary(ctx.tx)),
    faggrupper: (await tenantFaggrupper(ctx.tx)).list(),
    lastImport: (await listImports(ctx.tx, 1))[0] ?? null,
  })),
  /** One level of the tree: the tops of every chain (managerId null) or a manager's direct reports. */
  children: reader.input(tenantOnly.extend({ managerId: personId.nullable() })).query(({ ctx, input }) => listReports(ctx.tx, input.managerId)),
  /** People whose name, id or email contains the query, with the chain above each. */
  search: reader
    .input(tenantOnly.extend({ query: z.string().max(200), limit: z.number().int().min(1).max(200).default(50), outsideChainOf: personId.optional() }))
    .query(({ ctx, input }) => searchPeople(ctx.tx, input.query, input.limit, { outsideChainOf: input.outsideChainOf })),
  /** One person with superior, direct reports and chain size. */
  get: reader.input(personRef).query(({ ctx, input }) => getPerson(ctx.tx, input.personId)),
  /** Everyone as one flat list (with the manager's name and report count), for the console's searchable, sortable list. */
  list: reader.input(tenantOnly).query(({ ctx }) => peopleList(ctx.tx)),
  /** The people file as the tenant has it now (`;` and BOM, for Excel); importing it back changes nothing. */
  exportCsv: reader.input(tenantOnly).query(async ({ ctx }) => {
    const content = peopleToCsv(await loadPeople(ctx.tx));
    await ctx.audit('people.export');
    return { fileName: 'medarbejdere.csv', content };
  }),
  /** Applied imports, newest first. */
  imports: reader.input(tenantOnly.extend({ limit: z.number().int().min(1).max(500).default(50) })).query(({ ctx, input }) => listImports(ctx.tx, input.limit)),

  /** How many people an import may mark as left or move before it must be confirmed. */
  importSettings: reader.input(tenantOnly).query(({ ctx }) => importSafety(ctx.tx)),
  /** Changes that limit. */
  saveImportSettings: admin.input(tenantOnly.extend(importSafetySchema.shape)).mutation(async ({ ctx, input }) => {
    await saveImportSafety(ctx.tx, { largeChangePercent: input.largeChangePercent });
    await ctx.audit('people.importSettings', null, { largeChangePercent: input.largeChangePercent });
  }),
  /** Reads and validates an upload and shows the diff against the stored people. Writes nothing. */
  previewImport: admin.input(upload).mutation(({ ctx, input }) => previewPeopleImport(ctx.tx, bytesOf(input))),
  /**
   * Applies an upload all at once, or nothing when anything is wrong, when it would not do what the preview (its token)
   * showed, or when it removes or moves more than the tenant's limit and is not confirmed.
   */
  applyImport: admin.input(upload.extend({ token: z.string().max(100).optional(), confirmLargeChange: z.boolean().default(false) })).mutation(async ({ ctx, input }) => {
    const options = { actor: { userId: ctx.user.id, label: ctx.user.email }, source: 'console' as const, token: input.token, confirmLargeChange: input.confirmLargeChange };
    const result = await applyPeopleImport(ctx.tx, bytesOf(input), options);
    await ctx.audit('people.import', uploadName(bytesOf(input)), { ...result.counts, ...(result.largeChange.needsConfirmation && { confirmedLargeChange: true }) });
    return result;
  }),
  /** Gives a person a new manager (null: a top of their own chain). */
  move: admin.input(personRef.extend({ managerId: personId.nullable() })).mutation(async ({ ctx, input }) => {
    await movePerson(ctx.tx, input.personId, input.managerId);
    await ctx.audit('people.move', input.personId, { managerId: input.managerId });
  }),
  /** Adds one person. */
  add: admin.input(tenantOnly.extend({ person: personInputSchema })).mutation(async ({ ctx, input }) => {
    await addPerson(ctx.tx, input.person);
    await ctx.audit('people.add', input.person.personId);
  }),
  /** Edits name, email, faggruppe or unit. */
  update: admin.input(personRef.extend({ patch: personPatchSchema })).mutation(async ({ ctx, input }) => {
    await updatePerson(ctx.tx, input.personId, input.patch);
    await ctx.audit('people.update', input.personId, { fields: Object.keys(input.patch) });
  }),
  /** Removes a person; their direct reports go to their superior only when asked. */
  remove: admin.input(personRef.extend({ reportsToSuperior: z.boolean().default(false) })).mutation(async ({ ctx, input }) => {
    const result = await removePerson(ctx.tx, input.personId, { reportsToSuperior: input.reportsToSuperior });
    await ctx.audit('people.remove', input.personId, result);
    return result;
  }),
  /** Marks a person exempt from evaluation (e.g. newly appointed), or evaluated again. */
  setExempt: admin.input(personRef.extend({ exempt: z.boolean(), reason: z.string().trim().max(200).nullable().default(null) })).mutation(async ({ ctx, input }) => {
    await setExempt(ctx.tx, input.personId, input.exempt, input.reason);
    await ctx.audit('people.exempt', input.personId, { exempt: input.exempt });
  }),
});
