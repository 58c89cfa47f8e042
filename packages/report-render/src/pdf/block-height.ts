import type { ReportBlock } from '@spejl/plugin-sdk';

/*
 * A generous estimate of how tall a block is in the PDF, so that a block which surely fits on a
 * page can be kept whole (pdfmake keeps only the first page of an unbreakable stack: a block kept
 * whole that did not fit would lose its end). Every figure errs tall: characters wider than DejaVu
 * Sans's average, lines wrapped a word early, label columns narrower than they are.
 */

/** An average character's width as a share of the font size (DejaVu Sans's lower case averages about 0.55, its capitals about 0.7). */
const CHAR_EM = 0.7;
/** Where text runs: its width and font size in points, and the height of one of its lines. */
interface Measure { width: number; size: number; line: number }
const BODY: Measure = { width: 515, size: 10, line: 16 };
/** A table's first column, whatever its other columns leave it (at least this much). */
const TABLE_LABEL: Measure = { width: 180, size: 10, line: 13 };
/** A distribution chart's label column (pdf-distribution.ts). */
const CHART_LABEL: Measure = { width: 185, size: 9, line: 12 };
const HEADING = 44;
const TABLE_HEADER = 30;
const TABLE_ROW = 18;
const CHART_ROW = 24;
/** A distribution's legend (one or two lines) under its chart. */
const CHART_LEGEND = 48;
/** A heatmap's legend above its table: title, two lines, the colour steps, centres, hidden cells. */
const HEATMAP_LEGEND = 150;
/** What the renderer adds to a withheld row's label: " (skjult)", " (hidden)". */
const WITHHELD = ' (skjult)';

/** Lines of `text` wrapped greedily at spaces into `m.width`. */
function linesOf(text: string, m: Measure): number {
  const perLine = Math.max(1, Math.floor(m.width / (CHAR_EM * m.size)));
  return text.split('\n').reduce((lines, paragraph) => {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (word.length > perLine) {
        count += (used ? 1 : 0) + Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      } else if (used + (used ? 1 : 0) + word.length > perLine) {
        count++;
        used = word.length;
      } else {
        used += (used ? 1 : 0) + word.length;
      }
    }
    return lines + count;
  }, 0);
}

const textHeight = (text: string | undefined) => (text ? linesOf(text, BODY) * BODY.line + 10 : 0);
const rows = (labels: readonly string[], m: Measure, minimum: number) => labels.reduce((h, label) => h + Math.max(minimum, linesOf(label, m) * m.line + 6), 0);

/** The estimated height of a block in points; Infinity for blocks never kept whole (sections, cases). */
export function estimatedHeight(block: ReportBlock): number {
  const title = 'title' in block && block.title ? HEADING : 0;
  switch (block.type) {
    case 'heading':
      return HEADING;
    case 'text':
      return textHeight(block.text);
    case 'notice':
      return textHeight(block.text) + 24;
    case 'scoreTable':
      return textHeight(block.caption) + TABLE_HEADER + rows(block.rows.map((r) => r.label), TABLE_LABEL, TABLE_ROW);
    case 'gap':
    case 'responseRates':
      return title + TABLE_HEADER + rows(block.rows.map((r) => r.label), TABLE_LABEL, TABLE_ROW);
    case 'distribution':
      return title + TABLE_HEADER + rows(block.rows.map((r) => (r.result.suppressed ? r.label + WITHHELD : r.label)), CHART_LABEL, CHART_ROW) + CHART_LEGEND;
    case 'heatmap':
      return title + HEATMAP_LEGEND + TABLE_HEADER + rows(block.rows.map((r) => r.label), TABLE_LABEL, TABLE_ROW);
    case 'trend':
      // The chart (five bands and the rounds' labels), its legend, the table and the note.
      return title + (block.rounds.length >= 3 ? 5 * 26 + 40 + 30 : 0) + TABLE_HEADER + 14 + rows(block.series.map((s) => s.label), TABLE_LABEL, TABLE_ROW) + textHeight(block.note);
    case 'reflectionQuestions':
      return title + textHeight(block.intro) + block.questions.reduce((h, q) => h + textHeight(q), 0);
    case 'comments':
      return textHeight(block.question) + block.comments.reduce((h, c) => h + textHeight(c) + 5, 0);
    case 'section':
    case 'cases':
      return Number.POSITIVE_INFINITY;
  }
}
