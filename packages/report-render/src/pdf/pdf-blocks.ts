import type { Cell, Locale, ReportBlock, ScoreTableBlock } from '@spejl/plugin-sdk';
import type { Content, TableCell } from './pdfmake-types.ts';
import { firstColumnLabel, formatGap, formatMean, formatRate, renderLabels } from '../labels.ts';
import { pdfDistribution } from './pdf-distribution.ts';
import { pdfHeatmap } from './pdf-heatmap.ts';
import { pdfTrend } from './pdf-trend.ts';

/** Printable width of an A4 page with the document's margins, in points. */
export const CONTENT_WIDTH = 515;
const GREY = '#666666';

/** A heading; `headlineLevel` lets the page-break rule keep it on the page of what follows it. */
export function headline(text: string, level: 1 | 2 | 3): Content {
  return { text, style: `h${level}`, headlineLevel: level };
}

const titled = (title: string | undefined, level: 2 | 3 = 3): Content[] => (title ? [headline(title, level)] : []);

function scoreCell(cell: Cell | undefined, locale: Locale, bold: boolean): TableCell {
  if (!cell) return { text: '' };
  if (cell.suppressed) return { text: renderLabels(locale).withheld, color: GREY, alignment: 'center' };
  return { text: formatMean(cell.mean, locale), bold, alignment: 'center' };
}

function scoreTable(block: ScoreTableBlock, locale: Locale): Content[] {
  const header: TableCell[] = [{ text: firstColumnLabel(renderLabels(locale), block.rows), style: 'th' }, ...block.columns.map((c): TableCell => ({ text: c.label, style: 'th', alignment: 'center' }))];
  const body: TableCell[][] = block.rows.map((row) => [
    row.kind === 'theme' ? { text: row.label, bold: true } : { text: row.label, margin: [8, 0, 0, 0] },
    ...block.columns.map((c) => scoreCell(row.cells[c.role], locale, row.kind === 'theme')),
  ]);
  return [
    ...(block.caption ? [{ text: block.caption, style: 'caption' } as Content] : []),
    { table: { headerRows: 1, widths: ['*', ...block.columns.map(() => 'auto')], body: [header, ...body], keepWithHeaderRows: 1 }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 10] },
  ];
}

/** Turns one report block into pdfmake content; charts are drawn with pdfmake's own text and vectors. */
export function pdfBlock(block: ReportBlock, locale: Locale): Content[] {
  const labels = renderLabels(locale);
  switch (block.type) {
    case 'heading':
      return [headline(block.text, block.level)];
    case 'text':
      return [{ text: block.text, style: block.style ?? 'body' }];
    case 'section':
      return [...titled(block.title, 2), ...block.blocks.flatMap((b) => pdfBlock(b, locale))];
    case 'scoreTable':
      return scoreTable(block, locale);
    case 'distribution':
      return pdfDistribution(block, locale, titled(block.title), CONTENT_WIDTH);
    case 'gap':
      return [
        ...titled(block.title),
        {
          table: {
            headerRows: 1,
            widths: ['*', 45, 85, 50, 90],
            body: [
              [labels.statement, labels.self, labels.others, labels.gap, ''].map((t): TableCell => ({ text: t, style: 'th' })),
              ...block.rows.map((row): TableCell[] => row.suppressed
                ? [{ text: row.label }, { text: labels.reasons[row.reason], colSpan: 4, color: GREY }, '', '', '']
                : [{ text: row.label }, { text: formatMean(row.self, locale) }, { text: formatMean(row.other, locale) }, { text: formatGap(row.gap, locale), bold: row.reading !== 'aligned' }, { text: labels.readings[row.reading] }]),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 10],
        },
      ];
    case 'heatmap':
      return pdfHeatmap(block, locale, titled(block.title));
    case 'responseRates':
      return [
        ...titled(block.title),
        {
          table: {
            headerRows: 1,
            widths: ['*', 70, 70, 70],
            body: [
              [labels.group, labels.answered, labels.invited, labels.rate].map((t): TableCell => ({ text: t, style: 'th' })),
              ...block.rows.map((r): TableCell[] => [r.label, String(r.answered), String(r.invited), formatRate(r.answered, r.invited)]),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 10],
        },
      ];
    case 'reflectionQuestions':
      return [
        ...titled(block.title),
        ...(block.intro ? [{ text: block.intro, style: 'body' } as Content] : []),
        { ul: [...block.questions], margin: [0, 0, 0, 10] },
      ];
    case 'cases':
      return [
        ...titled(block.title),
        ...(block.intro ? [{ text: block.intro, style: 'body' } as Content] : []),
        ...block.cases.flatMap((c): Content[] => [{ text: c.title, bold: true, margin: [0, 4, 0, 2] }, ...c.paragraphs.map((p): Content => ({ text: p, style: 'body' }))]),
      ];
    case 'comments':
      return [
        { text: [{ text: block.question, bold: true }, { text: ` (${block.group})`, color: '#555555' }], margin: [0, 6, 0, 3] },
        ...block.comments.map((c): Content => ({ text: `“${c}”`, italics: true, style: 'body', margin: [10, 0, 0, 5] })),
      ];
    case 'trend':
      return pdfTrend(block, locale, titled(block.title), CONTENT_WIDTH);
    case 'notice':
      return [{
        table: { widths: ['*'], body: [[{ text: block.text, margin: [6, 4, 6, 4] }]] },
        layout: 'noBorders',
        fillColor: block.tone === 'warning' ? '#fff4e0' : '#e8f1fb',
        margin: [0, 4, 0, 10],
      }];
  }
}
