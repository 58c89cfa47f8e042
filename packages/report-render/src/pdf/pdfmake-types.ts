// The slice of pdfmake the renderer uses, typed here: @types/pdfmake references the DOM library,
// which would leak browser globals into every package that imports this one.

/** A piece of pdfmake content: text, a table, an SVG, a list … */
export type Content = string | { readonly [key: string]: unknown };
/** A table cell (any content; '' for a spanned cell). */
export type TableCell = Content;

/** Font files per style, as paths. */
export type FontDictionary = Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>;

/** A whole pdfmake document. */
export interface DocumentDefinition {
  readonly pageSize: 'A4';
  readonly pageMargins: readonly [number, number, number, number];
  readonly info: { readonly title: string; readonly creator: string };
  readonly defaultStyle: Record<string, unknown>;
  readonly styles: Record<string, Record<string, unknown>>;
  /** Tiling patterns a fill may name: `fillColor: ['hatch', '#c4c4c4']`. */
  readonly patterns?: Record<string, { readonly boundingBox: readonly number[]; readonly xStep: number; readonly yStep: number; readonly pattern: string }>;
  readonly footer: (page: number, pages: number) => Content;
  readonly pageBreakBefore?: (node: PageNode, nodes: PageNodeQueries) => boolean;
  readonly content: readonly Content[];
}

/** What pdfmake (0.3) tells a page-break rule about a laid-out node. */
export interface PageNode { readonly headlineLevel?: number; readonly style?: unknown; readonly pageNumbers: readonly number[] }
/** The nodes around the one being asked about, as pdfmake 0.3 passes them to `pageBreakBefore`. */
export interface PageNodeQueries {
  getFollowingNodesOnPage(): PageNode[];
  getNodesOnNextPage(): PageNode[];
  getPreviousNodesOnPage(): PageNode[];
}

/** pdfmake's server-side singleton. */
export interface PdfMake {
  setFonts(fonts: FontDictionary): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  /** Files pdfmake reads by name instead of from the disk. */
  readonly virtualfs: { writeFileSync(name: string, content: Buffer): void };
  createPdf(definition: DocumentDefinition): { getBuffer(): Promise<Buffer> };
}
