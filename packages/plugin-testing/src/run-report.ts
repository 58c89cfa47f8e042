import { LOCALES, runReport, type AnyTheme, type Locale, type ReportBlock, type ReportDocument, type ReportPlugin, type ReportView } from '@spejl/plugin-sdk';
import { fixtureView, type Scenario } from './report-fixtures.ts';

/** One run of a report on one fixture. */
export interface FixtureRun {
  readonly scenario: Scenario;
  readonly locale: Locale;
  readonly view: ReportView;
  readonly document: ReportDocument;
}

const BY_SCOPE: Record<ReportPlugin['scope'], Scenario[]> = {
  leader: ['published', 'employees-suppressed', 'dont-know'],
  chain: ['chain'],
  tenant: ['tenant'],
};

/**
 * Runs a report on every fixture that fits its scope, in Danish and English, checking
 * each document against the document schema. Errors name the scenario and locale.
 */
export function renderOnFixtures(report: ReportPlugin, themes: readonly AnyTheme[], options: unknown = {}): FixtureRun[] {
  return BY_SCOPE[report.scope].flatMap((scenario) =>
    LOCALES.map((locale) => {
      const view = fixtureView(themes, scenario, locale);
      try {
        return { scenario, locale, view, document: runReport(report, view, options) };
      } catch (error) {
        throw new Error(`report "${report.id}" failed on the "${scenario}" fixture (${locale}): ${(error as Error).message}`, { cause: error });
      }
    }),
  );
}

function blockText(block: ReportBlock): string[] {
  switch (block.type) {
    case 'section':
      return [block.title ?? '', ...block.blocks.flatMap(blockText)];
    case 'heading':
    case 'text':
    case 'notice':
      return [block.text];
    case 'reflectionQuestions':
      return [block.title ?? '', block.intro ?? '', ...block.questions];
    case 'cases':
      return [block.title ?? '', block.intro ?? '', ...block.cases.flatMap((c) => [c.title, ...c.paragraphs])];
    default:
      return ['title' in block ? (block.title ?? '') : ''];
  }
}

/** All prose in a document (titles, headings, paragraphs, questions), for assertions on wording. */
export function documentText(document: ReportDocument): string {
  return [document.title, document.subtitle ?? '', ...document.blocks.flatMap(blockText)].filter(Boolean).join('\n');
}

/** Every block of a document, sections flattened, in reading order. */
export function allBlocks(document: Pick<ReportDocument, 'blocks'>): ReportBlock[] {
  return document.blocks.flatMap((b) => (b.type === 'section' ? [b, ...allBlocks(b)] : [b]));
}
