import { describe, expect, it } from 'vitest';
import { runReport, type AnyTheme, type ReportView } from '@spejl/plugin-sdk';
import { allBlocks, documentText, fixtureView, renderOnFixtures, sampleTheme } from '@spejl/plugin-testing';
import report from '../src/index.ts';

const runs = renderOnFixtures(report, [sampleTheme]);
const da = runs.find((r) => r.locale === 'da')!;

describe('the chain report', () => {
  it('renders the chain fixture in Danish and English as a valid document', () => {
    expect(runs.map((r) => `${r.scenario}/${r.locale}`)).toEqual(['chain/da', 'chain/en']);
  });

  it('maps sub-chains × themes with the whole chain first, units indented, then the organisation', () => {
    const heatmap = allBlocks(da.document).find((b) => b.type === 'heatmap');
    if (heatmap?.type !== 'heatmap') throw new Error('no heatmap');
    expect(heatmap.columns).toEqual([{ key: 'tillid', label: 'Tillid' }]);
    expect(heatmap.rows.map((r) => [r.label, r.depth])).toEqual([
      ['Hele kæden', 0], ['Ågade Skole (Mads Bæk)', 1], ['Tandplejen (Lene Holm)', 1], ['Familiehuset (Søren Friis)', 1], ['Hele organisationen', undefined],
    ]);
    expect(heatmap.rows[1]!.cells[0]).toMatchObject({ suppressed: false });
    expect(heatmap.rows[2]!.cells[0]).toEqual({ suppressed: true, reason: 'below-threshold' });
    expect(heatmap.rows[3]!.cells[0]).toEqual({ suppressed: true, reason: 'complementary' });
  });

  it('gives response rates for the chain and its units', () => {
    expect(allBlocks(da.document).find((b) => b.type === 'responseRates')).toMatchObject({ rows: [{ role: 'employee', invited: 30, answered: 24 }, { role: 'self' }, { role: 'superior' }] });
    expect(documentText(da.document)).toContain('Ågade Skole: 8 af 10 har svaret (80 %).');
  });

  it('explains that cells marked hidden protect anonymity', () => {
    expect(documentText(da.document)).toContain('Celler mærket „skjult“ vises ikke for at beskytte anonymiteten (færre end 5 svar');
  });

  it('lists fewer levels of units when asked', () => {
    const view = structuredClone(fixtureView([sampleTheme], 'chain')) as ReportView;
    (view.units as ReportView['units'][number][]).push({ ...view.units[0]!, key: 'u4', unitName: 'Indskolingen', depth: 2 });
    const rows = (options: object) => allBlocks(runReport(report, view, options)).flatMap((b) => (b.type === 'heatmap' ? b.rows.map((r) => r.label) : []));
    expect(rows({})).toContain('Indskolingen (Mads Bæk)');
    expect(rows({ maxDepth: 1 })).not.toContain('Indskolingen (Mads Bæk)');
  });

  it("gives each theme's guidance for the organisation: questions to discuss and cases", () => {
    const guided: AnyTheme = {
      ...sampleTheme,
      guidance: {
        title: { da: 'Hvordan kan I arbejde med tillid?' },
        organisation: {
          title: { da: 'På organisatorisk niveau' },
          questionsIntro: { da: 'I kan overveje:' },
          questions: [{ da: 'Hvor i organisationen er tilliden størst?' }],
          cases: [{ title: { da: 'Et eksempel' }, body: { da: 'Første afsnit.\n\nAndet afsnit.' } }],
        },
      },
    };
    const document = runReport(report, fixtureView([guided], 'chain'));
    expect(allBlocks(document).find((b) => b.type === 'reflectionQuestions')).toMatchObject({ intro: 'I kan overveje:', questions: ['Hvor i organisationen er tilliden størst?'] });
    expect(allBlocks(document).find((b) => b.type === 'cases')).toMatchObject({ cases: [{ title: 'Et eksempel', paragraphs: ['Første afsnit.', 'Andet afsnit.'] }] });
  });
});
