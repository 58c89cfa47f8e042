import { z } from 'zod';
import { LOCALES } from '../locales.ts';
import { RATER_ROLES } from '../roles.ts';
import type { ReportBlock, ReportDocument } from './document.ts';

const role = z.enum(RATER_ROLES);
const count = z.number().int().nonnegative();
const reason = z.enum(['below-threshold', 'too-few-answers', 'complementary', 'no-forms']);
const suppressed = z.strictObject({ suppressed: z.literal(true), reason });
const scoreCell = z.strictObject({ suppressed: z.literal(false), mean: z.number().min(1).max(5), index: z.number().min(0).max(100), n: count });
const cell = z.union([scoreCell, suppressed, z.null()]);
const text = z.string();

const heatmapScale = z.strictObject({
  type: z.literal('diverging'),
  show: z.enum(['mean', 'index']),
  centres: z.array(z.number().min(1).max(5).nullable()),
  legend: z.strictObject({ title: text, values: text, below: text, above: text, centre: text, suppressed: text }),
});

type HeatmapShape = { columns: readonly unknown[]; rows: readonly { key: string; parent?: string | undefined; cells: readonly unknown[] }[]; scale?: { centres: readonly unknown[] } | undefined };

/** A heatmap is a matrix: a cell and a centre per column, and a row's parent is a row drawn above it. */
function heatmapShapeIssues(map: HeatmapShape, ctx: z.RefinementCtx): void {
  const columns = map.columns.length;
  if (map.scale && map.scale.centres.length !== columns) ctx.addIssue({ code: 'custom', path: ['scale', 'centres'], message: `has ${map.scale.centres.length} centres for ${columns} columns` });
  const above = new Set<string>();
  map.rows.forEach((row, i) => {
    if (row.cells.length !== columns) ctx.addIssue({ code: 'custom', path: ['rows', i, 'cells'], message: `has ${row.cells.length} cells for ${columns} columns` });
    if (row.parent !== undefined && !above.has(row.parent)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'parent'], message: `"${row.parent}" is not the key of a row above this one` });
    above.add(row.key);
  });
}

const blockSchema: z.ZodType<ReportBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text }),
    z.strictObject({ type: z.literal('text'), text, style: z.enum(['lead', 'small']).optional() }),
    z.strictObject({ type: z.literal('section'), title: text.optional(), blocks: z.array(blockSchema) }),
    z.strictObject({
      type: z.literal('scoreTable'),
      caption: text.optional(),
      columns: z.array(z.strictObject({ role, label: text })),
      rows: z.array(z.strictObject({ kind: z.enum(['theme', 'item']), themeId: text, itemId: text.nullable(), label: text, cells: z.partialRecord(role, cell) })),
    }),
    z.strictObject({
      type: z.literal('distribution'),
      title: text.optional(),
      rows: z.array(z.strictObject({
        label: text,
        role,
        result: z.union([z.strictObject({ suppressed: z.literal(false), counts: z.tuple([count, count, count, count, count]), dontKnow: count }), suppressed]),
      })),
    }),
    z.strictObject({
      type: z.literal('gap'),
      title: text.optional(),
      rows: z.array(z.union([
        z.strictObject({ label: text, themeId: text, itemId: text.nullable(), suppressed: z.literal(false), self: z.number(), other: z.number(), gap: z.number(), reading: z.enum(['blind-spot', 'hidden-strength', 'aligned']) }),
        z.strictObject({ label: text, themeId: text, itemId: text.nullable(), suppressed: z.literal(true), reason }),
      ])),
    }),
    z
      .strictObject({
        type: z.literal('heatmap'),
        title: text.optional(),
        columns: z.array(z.strictObject({ key: text, label: text })),
        rows: z.array(z.strictObject({ key: text, label: text, depth: count.optional(), kind: z.enum(['total', 'unit', 'comparison']).optional(), parent: text.optional(), faggrupper: z.array(text).max(100).optional(), cells: z.array(cell) })),
        scale: heatmapScale.optional(),
      })
      .superRefine(heatmapShapeIssues),
    z.strictObject({ type: z.literal('responseRates'), title: text.optional(), rows: z.array(z.strictObject({ role, label: text, invited: count, answered: count })) }),
    z.strictObject({ type: z.literal('reflectionQuestions'), title: text.optional(), intro: text.optional(), questions: z.array(text) }),
    z.strictObject({ type: z.literal('cases'), title: text.optional(), intro: text.optional(), cases: z.array(z.strictObject({ title: text, paragraphs: z.array(text) })) }),
    z.strictObject({ type: z.literal('comments'), question: text, group: text, comments: z.array(text) }),
    z
      .strictObject({
        type: z.literal('trend'),
        title: text.optional(),
        rounds: z.array(z.strictObject({ label: text, date: text.optional() })).min(1).max(20),
        series: z.array(z.strictObject({ key: text, label: text, values: z.array(z.number().min(1).max(5).nullable()) })).max(20),
        note: text.optional(),
      })
      .superRefine((block, ctx) => block.series.forEach((s, i) => {
        if (s.values.length !== block.rounds.length) ctx.addIssue({ code: 'custom', path: ['series', i, 'values'], message: `has ${s.values.length} values for ${block.rounds.length} rounds` });
      })),
    z.strictObject({ type: z.literal('notice'), tone: z.enum(['info', 'warning']), text }),
  ]),
);

/** Validates what a report plugin returned, so a renderer never meets a malformed document. */
export const ReportDocumentSchema: z.ZodType<ReportDocument> = z.strictObject({
  title: text,
  subtitle: text.optional(),
  locale: z.enum(LOCALES),
  blocks: z.array(blockSchema),
});
