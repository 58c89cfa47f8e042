import type { Locale } from '../locales.ts';
import type { RaterRole } from '../roles.ts';
import type { Counts5, Suppressed } from './view.ts';

/** A published score in a table or heatmap cell: mean 1–5, index 0–100 and how many answers it rests on. */
export interface ScoreCell {
  readonly suppressed: false;
  readonly mean: number;
  readonly index: number;
  readonly n: number;
}

/** A cell that is published, withheld (with why), or null when that role was not asked / has no value. */
export type Cell = ScoreCell | Suppressed | null;

/** A heading; level 1 is the document's main sections. */
export interface HeadingBlock { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
/** One paragraph of running text. */
export interface TextBlock { readonly type: 'text'; readonly text: string; readonly style?: 'lead' | 'small' }
/** A grouping of blocks under an optional title (a report document is a tree). */
export interface SectionBlock { readonly type: 'section'; readonly title?: string; readonly blocks: readonly ReportBlock[] }

/** Scores per theme and item (rows) and rater role (columns). */
export interface ScoreTableBlock {
  readonly type: 'scoreTable';
  readonly caption?: string;
  readonly columns: readonly { readonly role: RaterRole; readonly label: string }[];
  readonly rows: readonly {
    readonly kind: 'theme' | 'item';
    readonly themeId: string;
    readonly itemId: string | null;
    readonly label: string;
    readonly cells: { readonly [R in RaterRole]?: Cell };
  }[];
}

/** How answers spread over 1–5 and *ved ikke*, per item and role. */
export interface DistributionBlock {
  readonly type: 'distribution';
  readonly title?: string;
  readonly rows: readonly {
    readonly label: string;
    readonly role: RaterRole;
    readonly result: { readonly suppressed: false; readonly counts: Counts5; readonly dontKnow: number } | Suppressed;
  }[];
}

/** How the leader's self-assessment reads against the employees' (DESIGN.md: gap = self − employee mean). */
export type GapReading = 'blind-spot' | 'hidden-strength' | 'aligned';

/** Self–other gaps per theme or item. */
export interface GapBlock {
  readonly type: 'gap';
  readonly title?: string;
  readonly rows: readonly ({
    readonly label: string;
    readonly themeId: string;
    readonly itemId: string | null;
  } & ({ readonly suppressed: false; readonly self: number; readonly other: number; readonly gap: number; readonly reading: GapReading } | Suppressed))[];
}

/**
 * What a heatmap row stands for: `total` (the whole group, kept first when a reader sorts),
 * `unit` (a sub-chain; sorted and filtered), `comparison` (a reference group, kept last).
 */
export type HeatmapRowKind = 'total' | 'unit' | 'comparison';

/** One row of a heatmap: a label and one cell per column. */
export interface HeatmapRow {
  readonly key: string;
  readonly label: string;
  /** Levels below the report's subject (0 for the whole chain, 1 for the units right below it). */
  readonly depth?: number;
  /** Since SDK 1.1: what the row stands for; rows without it are all sorted alike. */
  readonly kind?: HeatmapRowKind;
  /** Since SDK 1.1: the key of the unit row directly above this one, so a reader can show one sub-chain. */
  readonly parent?: string;
  /** Since SDK 1.2: the unit's faggrupper as its UnitView names them, for choosing units by faggruppe. */
  readonly faggrupper?: readonly string[];
  readonly cells: readonly Cell[];
}

/** Since SDK 1.1: the words of a heatmap's legend, in the document's language (the renderers add the numbers). */
export interface HeatmapLegendTexts {
  /** The legend's heading, e.g. "Sådan læses farverne". */
  readonly title: string;
  /** What the number in a cell is, e.g. "Tallet i cellen er medarbejdernes gennemsnit (1–5)". */
  readonly values: string;
  /** The orange side, e.g. "Lavere end organisationen". */
  readonly below: string;
  /** The blue side, e.g. "Højere end organisationen". */
  readonly above: string;
  /** What the white centre is; the renderers list each column's centre value after it. */
  readonly centre: string;
  /** Why a cell is hidden, for the hatched grey swatch. */
  readonly suppressed: string;
}

/**
 * Since SDK 1.1: a diverging colour scale (orange below, white at, blue above a reference per column,
 * colour-blind safe, in steps shared by every renderer). Without it a heatmap is drawn as in SDK 1.0.
 */
export interface HeatmapScale {
  readonly type: 'diverging';
  /** The number each cell shows: the mean (1–5) or the index (0–100). */
  readonly show: 'mean' | 'index';
  /** Per column, in the columns' order: the reference mean (1–5) drawn white, or null where none is published (that column stays uncoloured). */
  readonly centres: readonly (number | null)[];
  readonly legend: HeatmapLegendTexts;
}

/** A matrix of scores, e.g. units (rows) × themes (columns). */
export interface HeatmapBlock {
  readonly type: 'heatmap';
  readonly title?: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly HeatmapRow[];
  readonly scale?: HeatmapScale;
}

/** Invited and answered per role. */
export interface ResponseRatesBlock {
  readonly type: 'responseRates';
  readonly title?: string;
  readonly rows: readonly { readonly role: RaterRole; readonly label: string; readonly invited: number; readonly answered: number }[];
}

/** Questions for the reader to reflect on. */
export interface ReflectionQuestionsBlock {
  readonly type: 'reflectionQuestions';
  readonly title?: string;
  readonly intro?: string;
  readonly questions: readonly string[];
}

/** Worked examples (cases) for inspiration. */
export interface CasesBlock {
  readonly type: 'cases';
  readonly title?: string;
  readonly intro?: string;
  readonly cases: readonly { readonly title: string; readonly paragraphs: readonly string[] }[];
}

/**
 * Since SDK 1.3: raters' comments to one open question from one group, quoted as written (never
 * edited; CPR numbers and reviewed spans read `[fjernet]`), in an order unrelated to when.
 */
export interface CommentsBlock {
  readonly type: 'comments';
  readonly question: string;
  /** The group they come from, e.g. "Medarbejdere" or "Leder selv". */
  readonly group: string;
  readonly comments: readonly string[];
}

/**
 * Since SDK 1.4: published means over rounds, oldest first, one series per theme (or group). Every
 * renderer draws a table of the values; from three rounds on also a line chart. A null value is a
 * round without a comparable figure (withheld, or not safely comparable), drawn as a gap.
 */
export interface TrendBlock {
  readonly type: 'trend';
  readonly title?: string;
  /** The rounds, oldest first: their names and closing dates as the reader should see them. */
  readonly rounds: readonly { readonly label: string; readonly date?: string }[];
  readonly series: readonly { readonly key: string; readonly label: string; readonly values: readonly (number | null)[] }[];
  /** What a blank means, shown under the table. */
  readonly note?: string;
}

/** Something the reader must know, e.g. that employee results are withheld because fewer than k answered. */
export interface NoticeBlock { readonly type: 'notice'; readonly tone: 'info' | 'warning'; readonly text: string }

/** Every kind of block a report document may contain. */
export type ReportBlock =
  | HeadingBlock
  | TextBlock
  | SectionBlock
  | ScoreTableBlock
  | DistributionBlock
  | GapBlock
  | HeatmapBlock
  | ResponseRatesBlock
  | ReflectionQuestionsBlock
  | CasesBlock
  | CommentsBlock
  | TrendBlock
  | NoticeBlock;

/** What a report plugin returns; the console renders it with Vue, the PDF renderer with pdfmake. */
export interface ReportDocument {
  readonly title: string;
  readonly subtitle?: string;
  readonly locale: Locale;
  readonly blocks: readonly ReportBlock[];
}
