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

/** A matrix of scores, e.g. units (rows) × themes (columns). */
export interface HeatmapBlock {
  readonly type: 'heatmap';
  readonly title?: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly { readonly key: string; readonly label: string; readonly depth?: number; readonly cells: readonly Cell[] }[];
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
  | NoticeBlock;

/** What a report plugin returns; the console renders it with Vue, the PDF renderer with pdfmake. */
export interface ReportDocument {
  readonly title: string;
  readonly subtitle?: string;
  readonly locale: Locale;
  readonly blocks: readonly ReportBlock[];
}
