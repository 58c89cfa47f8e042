import { z } from 'zod';
import { LOCALES } from '../locales.ts';
import { PluginDefinitionError, issuesFromZod } from '../errors.ts';
import { PluginId, SemverVersion } from '../ids.ts';
import type { SomeTexts } from '../theme/types.ts';
import type { ReportDocument } from './document.ts';
import { ReportDocumentSchema } from './document-schema.ts';
import { optionLabelIssues } from './option-labels.ts';
import type { ReportScope, ReportView } from './view.ts';

/** What a report author writes: a pure `render` from a filtered view and options to a document. */
export interface ReportDefinition<O extends z.ZodType<object>> {
  id: string;
  version: string;
  scope: ReportScope;
  /** Shown in the console's report list; Danish is required. */
  title: SomeTexts & { readonly da: string };
  /** A zod schema of the options; it must accept `{}` (give every option a default) and label every option with `.meta({ label: { da, en } })`. */
  options: O;
  render(view: ReportView, options: z.output<O>): ReportDocument;
}

/** A validated report plugin as defineReport returns it. */
export type ReportPlugin<O extends z.ZodType<object> = z.ZodType<object>> = Readonly<ReportDefinition<O>> & { readonly kind: 'report' };

const ReportHeader = z.looseObject({
  id: PluginId,
  version: SemverVersion,
  scope: z.enum(['leader', 'chain', 'tenant'], { error: (iss) => `${JSON.stringify(iss.input)} is not a report scope; use "leader", "chain" or "tenant"` }),
  title: z.partialRecord(z.enum(LOCALES), z.string().min(1)).refine((t) => !!t.da, { error: 'missing the "da" title' }),
  options: z.custom<z.ZodType>((o) => o instanceof z.ZodType, { error: 'must be a zod schema, e.g. z.object({})' }),
  render: z.custom<(...args: unknown[]) => unknown>((r) => typeof r === 'function', { error: 'must be a function (view, options) => ReportDocument' }),
});

/** Defines a report plugin; validates its shape, that its options have defaults for everything and a label in every locale. */
export function defineReport<O extends z.ZodType<object>>(definition: ReportDefinition<O>): ReportPlugin<O> {
  const subject = `report "${String((definition as { id?: unknown }).id ?? '?')}"`;
  const parsed = ReportHeader.safeParse(definition);
  if (!parsed.success) throw new PluginDefinitionError(subject, issuesFromZod(parsed.error));
  const defaults = definition.options.safeParse({});
  if (!defaults.success) {
    throw new PluginDefinitionError(subject, issuesFromZod(defaults.error).map((i) => ({ path: `options.${i.path}`, message: `${i.message} (options must accept {}: give every option a default)` })));
  }
  const unlabelled = optionLabelIssues(definition.options);
  if (unlabelled.length) throw new PluginDefinitionError(subject, unlabelled);
  return Object.freeze({ ...definition, kind: 'report' as const });
}

/** True when `value` is a report made by defineReport. */
export function isReport(value: unknown): value is ReportPlugin {
  return !!value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'report';
}

/**
 * Runs a report: validates the options, renders, and validates the document it returns.
 * Errors name the report and the path (`options.x`, `blocks.3.rows.0.cells.self`).
 */
export function runReport(report: ReportPlugin, view: ReportView, options: unknown = {}): ReportDocument {
  const subject = `report "${report.id}"`;
  const parsedOptions = report.options.safeParse(options);
  if (!parsedOptions.success) {
    throw new PluginDefinitionError(`${subject} options`, issuesFromZod(parsedOptions.error));
  }
  const document = report.render(view, parsedOptions.data);
  const checked = ReportDocumentSchema.safeParse(document);
  if (!checked.success) throw new PluginDefinitionError(`${subject} returned a document that`, issuesFromZod(checked.error));
  return checked.data;
}
