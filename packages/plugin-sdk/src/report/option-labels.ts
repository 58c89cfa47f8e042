import { z } from 'zod';
import type { DefinitionIssue } from '../errors.ts';
import { LOCALES, type Locale } from '../locales.ts';

/** A report option's label, one text per locale, shown next to the option in the console. */
export type OptionLabel = { readonly [K in Locale]: string };

declare module 'zod' {
  interface GlobalMeta {
    /** The option's label in every locale: `z.boolean().default(true).meta({ label: { da: '…', en: '…' } })`. */
    label?: OptionLabel;
    /** Since SDK 1.1: a label per value of an enum option, `{ organisation: { da: '…', en: '…' } }`; the console shows these instead of the raw values. */
    choices?: Readonly<Record<string, OptionLabel>>;
  }
}

const LabelTexts = z.object(Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().min(1)])) as Record<Locale, z.ZodString>);
const HOW = `write .meta({ label: { ${LOCALES.map((l) => `${l}: '…'`).join(', ')} } }) on the option`;

/** The options' JSON Schema as the console reads it (labels included from zod's metadata). */
export function optionsJsonSchema(options: z.ZodType): { properties?: Record<string, OptionProperty> } {
  return z.toJSONSchema(options, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, OptionProperty> };
}

type OptionProperty = { label?: unknown; enum?: unknown[]; choices?: unknown };

/** Choice labels are optional (SDK 1.0 plugins have none), but when given, every value needs one in every locale. */
function choiceIssues(key: string, property: OptionProperty): DefinitionIssue[] {
  if (property.choices === undefined) return [];
  const choices = (property.choices && typeof property.choices === 'object' ? property.choices : {}) as Record<string, unknown>;
  return (property.enum ?? []).flatMap((value) => {
    const checked = LabelTexts.safeParse(choices[String(value)]);
    return checked.success ? [] : [{ path: `options.${key}.choices.${String(value)}`, message: `needs a text in ${LOCALES.map((l) => `"${l}"`).join(' and ')}; write .meta({ choices: { ${String(value)}: { ${LOCALES.map((l) => `${l}: '…'`).join(', ')} } } })` }];
  });
}

/** Every option needs a label in every locale (and its choices, when it labels them); one issue per option that lacks one, naming the missing locales. */
export function optionLabelIssues(options: z.ZodType): DefinitionIssue[] {
  const properties = optionsJsonSchema(options).properties ?? {};
  return Object.entries(properties).flatMap(([key, property]) => {
    if (property.label === undefined) return [{ path: `options.${key}`, message: `has no label; ${HOW}` }];
    const checked = LabelTexts.safeParse(property.label);
    if (checked.success) return choiceIssues(key, property);
    const missing = checked.error.issues.map((i) => String(i.path[0] ?? '')).filter(Boolean);
    const what = missing.length ? `is missing the ${missing.map((l) => `"${l}"`).join(' and ')} text` : 'must be an object of texts';
    return [{ path: `options.${key}.label`, message: `${what}; ${HOW}` }];
  });
}
