import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineReport, PluginDefinitionError, runReport, type ReportDocument, type ReportView } from '../src/index.ts';

const view: ReportView = {
  scope: 'leader',
  locale: 'da',
  threshold: 5,
  round: { name: 'Måling 2026', closedAt: null },
  subject: { name: 'Mads Bæk', unitName: 'Ågade Skole' },
  themes: [],
  scores: { direct: { themes: {} }, chain: { themes: {} } },
  responseRates: { direct: { employee: { invited: 6, answered: 5 } }, chain: {} },
  units: [],
  comparisons: [],
};

const title = { da: 'Prøve', en: 'Probe' };

describe('defineReport', () => {
  it('runs a report with its default options and checks the document', () => {
    const report = defineReport({
      id: 'probe',
      version: '1.0.0',
      scope: 'leader',
      title,
      options: z.object({ showRates: z.boolean().default(true).meta({ label: { da: 'Vis svarprocenter', en: 'Show response rates' } }) }),
      render: (v, options): ReportDocument => ({
        title: v.subject.name,
        locale: v.locale,
        blocks: options.showRates ? [{ type: 'responseRates', rows: [{ role: 'employee', label: 'Medarbejdere', invited: 6, answered: 5 }] }] : [],
      }),
    });
    expect(runReport(report, view).blocks).toHaveLength(1);
    expect(runReport(report, view, { showRates: false }).blocks).toHaveLength(0);
    expect(() => runReport(report, view, { showRates: 'ja' })).toThrow(/report "probe" options is invalid:\n {2}- showRates: /);
  });

  it('requires options that work without any input', () => {
    expect(() => defineReport({ id: 'probe', version: '1.0.0', scope: 'leader', title, options: z.object({ top: z.number() }), render: () => ({ title: '', locale: 'da', blocks: [] }) })).toThrow(
      /options.top: .*options must accept \{\}: give every option a default/,
    );
  });

  it('requires a label in every locale for every option, naming the option and what is missing', () => {
    const render = () => ({ title: '', locale: 'da' as const, blocks: [] });
    try {
      defineReport({
        id: 'probe', version: '1.0.0', scope: 'leader', title, render,
        options: z.object({
          depth: z.number().default(2),
          showItems: z.boolean().default(true).meta({ label: { da: 'Vis udsagn' } as { da: string; en: string } }),
          showRates: z.boolean().default(true).meta({ label: { da: 'Vis svarprocenter', en: 'Show response rates' } }),
        }),
      });
      expect.unreachable();
    } catch (error) {
      expect((error as PluginDefinitionError).issues).toEqual([
        { path: 'options.depth', message: "has no label; write .meta({ label: { da: '…', en: '…' } }) on the option" },
        { path: 'options.showItems.label', message: `is missing the "en" text; write .meta({ label: { da: '…', en: '…' } }) on the option` },
      ]);
    }
  });

  it('names a wrong scope, a missing Danish title and a render that is not a function', () => {
    try {
      defineReport({ id: 'probe', version: '1.0.0', scope: 'team' as 'leader', title: { en: 'x' } as typeof title, options: z.object({}), render: 'x' as never });
      expect.unreachable();
    } catch (error) {
      expect((error as PluginDefinitionError).issues).toEqual([
        { path: 'scope', message: '"team" is not a report scope; use "leader", "chain" or "tenant"' },
        { path: 'title', message: 'missing the "da" title' },
        { path: 'render', message: 'must be a function (view, options) => ReportDocument' },
      ]);
    }
  });

  it('rejects a document a renderer could not draw, naming the block', () => {
    const report = defineReport({
      id: 'broken',
      version: '1.0.0',
      scope: 'leader',
      title,
      options: z.object({}),
      render: () => ({ title: 'x', locale: 'da', blocks: [{ type: 'heading', level: 1, text: 'ok' }, { type: 'scoreTable', columns: [], rows: [{ kind: 'item', themeId: 't', itemId: 'i', label: 'l', cells: { employee: { suppressed: false, mean: 7, index: 150, n: 5 } } }] }] }),
    });
    expect(() => runReport(report, view)).toThrow(/blocks.1.rows.0.cells.employee/);
  });

  it('rejects a heatmap row whose cells do not match its columns', () => {
    const report = defineReport({
      id: 'heat', version: '1.0.0', scope: 'chain', title, options: z.object({}),
      render: () => ({ title: 'x', locale: 'da', blocks: [{ type: 'heatmap', columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], rows: [{ key: 'u1', label: 'Ågade Skole', cells: [null] }] }] }),
    });
    expect(() => runReport(report, view)).toThrow('blocks.0.rows.0.cells: has 1 cells for 2 columns');
  });
});
