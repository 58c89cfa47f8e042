import { z } from 'zod';
import { LOCALES } from '../locales.ts';
import { faggruppeKey } from './resolve.ts';

const exampleText = z
  .string()
  .trim()
  .max(200, { error: 'is longer than 200 characters; an example is a short phrase such as "elever og forældre"' })
  .refine((t) => !/\{\{|\}\}/.test(t), { error: 'may not contain "{{" or "}}": write the example itself, e.g. "elever og forældre"' });

/** An example in one or both locales; Danish is required, an empty English text means "not translated". */
export const ExampleTexts = z
  .partialRecord(z.enum(LOCALES), exampleText)
  .transform((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v)) as Partial<Record<(typeof LOCALES)[number], string>>)
  .refine((t) => !!t.da, { error: 'needs a Danish text' });

/** A tenant's framing settings as the console sends them; validated before anything is stored. */
export const TenantFramingInput = z.strictObject({
  defaultExample: ExampleTexts.nullable(),
  faggruppeExamples: z
    .array(z.strictObject({ faggruppe: z.string().trim().min(1, { error: 'the faggruppe is empty' }).max(100), example: ExampleTexts }))
    .superRefine((rows, ctx) => {
      const seen = new Map<string, number>();
      rows.forEach((row, i) => {
        const first = seen.get(faggruppeKey(row.faggruppe));
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'faggruppe'], message: `"${row.faggruppe}" is listed twice (also row ${first + 1})` });
        else seen.set(faggruppeKey(row.faggruppe), i);
      });
    }),
});
/** Validated tenant framing settings. */
export type TenantFramingInput = z.output<typeof TenantFramingInput>;
