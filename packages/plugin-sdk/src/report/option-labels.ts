import { z } from 'zod';
import type { DefinitionIssue } from '../errors.ts';
import { LOCALES, type Locale } from '../locales.ts';

/** A report option's label, one text per locale, shown next to the option in the console. */
export type OptionLabel = { readonly [K in Locale]: string };

declare module 'zod' {
  interface GlobalMeta {
    /** The option's label in every locale: `z.boolean().default(true).meta({ label: { da: '…', en: '…' } })`. */
    label?: OptionLabel;
  }
}

const LabelTexts = z.object(Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().min(1)])) as Record<Locale, z.ZodString>);
const HOW = `write .meta({ label: { ${LOCALES.map((l) => `${l}: '…'`).join(', ')} } }) on the option`;

/** The options' JSON Schema as the console reads it (labels included from zod's metadata). */
export function optionsJsonSchema(options: z.ZodType): { properties?: Record<string, { label?: unknown }> } {
  return z.toJSONSchema(options, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { label?: unknown }> };
}

/** Every option needs a label in every locale; one issue per option that lacks one, naming the missing locales. */
export function optionLabelIssues(options: z.ZodType): DefinitionIssue[] {
  const properties = optionsJsonSchema(options).properties ?? {};
  return Object.entries(properties).flatMap(([key, property]) => {
    if (property.label === undefined) return [{ path: `options.${key}`, message: `has no label; ${HOW}` }];
    const checked = LabelTexts.safeParse(property.label);
    if (checked.success) return [];
    const missing = checked.error.issues.map((i) => String(i.path[0] ?? '')).filter(Boolean);
    const what = missing.length ? `is missing the ${missing.map((l) => `"${l}"`).join(' and ')} text` : 'must be an object of texts';
    return [{ path: `options.${key}.label`, message: `${what}; ${HOW}` }];
  });
}
