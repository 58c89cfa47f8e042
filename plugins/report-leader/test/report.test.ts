import { describe, expect, it } from 'vitest';
import { runReport, type ReportView, type ThemeAggregate } from '@spejl/plugin-sdk';
import { allBlocks, documentText, fixtureView, renderOnFixtures, sampleTheme } from '@spejl/plugin-testing';
import report from '../src/index.ts';

const runs = renderOnFixtures(report, [sampleTheme]);
const run = (scenario: string, locale = 'da') => runs.find((r) => r.scenario === scenario && r.locale === locale)!;
const blocksOf = <T extends string>(scenario: string, type: T) => allBlocks(run(scenario).document).filter((b) => b.type === type);

/** A published view with the theme's self and employee means set, to test the gap reading. */
function withMeans(self: number, employee: number): ReportView {
  const view = structuredClone(fixtureView([sampleTheme], 'published')) as ReportView;
  const theme = view.scores.direct!.themes[sampleTheme.id]!.theme as Record<string, ThemeAggregate>;
  theme.self = { ...theme.self!, mean: self };
  theme.employee = { ...theme.employee!, mean: employee };
  return view;
}

describe('the individual leader report', () => {
  it('renders every leader fixture in Danish and English as a valid document', () => {
    expect(runs.map((r) => `${r.scenario}/${r.locale}`)).toEqual([
      'published/da', 'published/en', 'employees-suppressed/da', 'employees-suppressed/en', 'dont-know/da', 'dont-know/en',
    ]);
  });

  it('explains each theme and sets employees, self and superior side by side', () => {
    const text = documentText(run('published').document);
    expect(text).toContain('Hvad er det?');
    expect(text).toContain('Tillid handler om at give plads og ansvar.');
    expect(text).toContain('Hvorfor er det vigtigt?');
    const table = blocksOf('published', 'scoreTable')[0];
    expect(table?.type === 'scoreTable' && table.columns.map((c) => c.role)).toEqual(['employee', 'self', 'superior']);
    expect(table?.type === 'scoreTable' && table.rows.map((r) => r.itemId)).toEqual([null, 'ansvar', 'aabenhed']);
  });

  it('gives a top leader, whom no superior was asked about, no superior column and no superior response rate', () => {
    const view = structuredClone(fixtureView([sampleTheme], 'published')) as ReportView;
    const theme = view.scores.direct!.themes[sampleTheme.id]!;
    (theme.theme as Record<string, unknown>).superior = { suppressed: true, reason: 'no-forms' };
    (view.responseRates.direct as Record<string, unknown>).superior = { invited: 0, answered: 0 };
    const document = runReport(report, view);
    const table = allBlocks(document).find((b) => b.type === 'scoreTable');
    expect(table?.type === 'scoreTable' && table.columns.map((c) => c.role)).toEqual(['employee', 'self']);
    const rates = allBlocks(document).find((b) => b.type === 'responseRates');
    expect(rates?.type === 'responseRates' && rates.rows.map((r) => r.role)).toEqual(['employee', 'self']);
  });

  it('names each theme once, in its heading', () => {
    const text = allBlocks(run('published').document).flatMap((b) => (b.type === 'heading' || (b.type === 'section' && b.title) ? [b.type === 'heading' ? b.text : b.title] : []));
    expect(text.filter((t) => t === sampleTheme.title.da)).toHaveLength(1);
  });

  it('shows the spread of answers, the self–other gap and the comparison with the organisation', () => {
    expect(blocksOf('published', 'distribution')).toHaveLength(1);
    const gap = blocksOf('published', 'gap')[0];
    expect(gap?.type === 'gap' && gap.rows[0]).toMatchObject({ suppressed: false, themeId: 'tillid', itemId: null });
    const heatmap = blocksOf('published', 'heatmap')[0];
    expect(heatmap?.type === 'heatmap' && heatmap.columns.map((c) => c.label)).toEqual(['Dine medarbejdere', 'Hele organisationen']);
  });

  it('ends with the three reading questions', () => {
    const last = run('published', 'da').document.blocks.at(-1);
    expect(last).toMatchObject({ type: 'reflectionQuestions', questions: ['Hvad overraskede dig positivt?', 'Hvad er mest relevant for dig?', 'Hvad vil du gerne vide mere om?'] });
    expect(run('published', 'en').document.blocks.at(-1)).toMatchObject({ questions: ['What surprised you positively?', 'What is most relevant to you?', 'What would you like to know more about?'] });
  });

  it('reads a large positive gap as a blind spot and a large negative one as a hidden strength', () => {
    // The theme row is labelled "Tillid"; item rows keep the fixture's own answers.
    expect(documentText(runReport(report, withMeans(5, 3)))).toContain('Tillid: mulig blind plet');
    expect(documentText(runReport(report, withMeans(2, 4.5)))).toContain('Tillid: mulig skjult styrke');
    expect(documentText(runReport(report, withMeans(4, 3.5)))).not.toMatch(/Tillid: mulig/);
  });

  it('says why employee results are withheld and shows no employee figure anywhere', () => {
    const { document } = run('employees-suppressed');
    expect(documentText(document)).toContain('fordi færre end 5 har svaret');
    for (const block of allBlocks(document)) {
      if (block.type === 'scoreTable') expect(block.rows.every((r) => r.cells.employee?.suppressed)).toBe(true);
      if (block.type === 'distribution') expect(block.rows.filter((r) => r.role === 'employee').every((r) => r.result.suppressed)).toBe(true);
      if (block.type === 'gap') expect(block.rows.every((r) => r.suppressed)).toBe(true);
      if (block.type === 'heatmap') expect(block.rows.every((r) => r.cells[0]?.suppressed)).toBe(true);
    }
  });

  it('explains a team withheld to prevent subtraction differently from a small team', () => {
    const view = structuredClone(fixtureView([sampleTheme], 'employees-suppressed')) as ReportView;
    const scores = view.scores.direct!.themes[sampleTheme.id]! as { theme: Record<string, unknown> };
    scores.theme.employee = { suppressed: true, reason: 'complementary' };
    expect(documentText(runReport(report, view))).toContain('regne sig frem til svarene fra en mindre gruppe');
  });

  it('says why the peers\' figures are withheld, with the peers\' own threshold, and says nothing of peers where none were asked', () => {
    const view = structuredClone(fixtureView([sampleTheme], 'published')) as { -readonly [K in keyof ReportView]: ReportView[K] };
    view.peerThreshold = 3;
    const scores = view.scores.direct!.themes[sampleTheme.id]! as { theme: Record<string, unknown> };
    expect(documentText(runReport(report, view))).not.toMatch(/sideordnede/);
    scores.theme.peer = { suppressed: true, reason: 'below-threshold' };
    (view.responseRates.direct as Record<string, unknown>).peer = { invited: 2, answered: 2 };
    const text = documentText(runReport(report, view));
    expect(text).toContain('Dine sideordnede lederes svar vises ikke, fordi færre end 3 af dem har svaret.');
    expect(text).not.toContain('færre end 5 af dem');
    expect(text).toContain('Ledere, du samarbejder med som sideordnede, har også svaret');
    expect(documentText(runReport(report, { ...view, locale: 'en' }))).toContain('fewer than 3 of them answered');
  });
});
