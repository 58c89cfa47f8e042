import { packageFiles, titleFrom, type TemplateFiles } from './package-files.ts';

/** A working leader report (a score table per theme, a notice when employees are suppressed) and its tests. */
export function reportTemplate(name: string): TemplateFiles {
  const title = titleFrom(name);
  return {
    ...packageFiles('report', name, `${title}: a Spejl report.`),
    'src/index.ts': `import { defineReport, RATER_ROLE_LABELS, RATER_ROLES, textIn, toIndex, z, type Cell, type ReportBlock, type ReportView, type Suppressed } from '@spejl/plugin-sdk';

type Aggregate = { suppressed: false; mean: number | null; n: number } | Suppressed | undefined;

function cell(aggregate: Aggregate): Cell {
  if (!aggregate) return null;
  if (aggregate.suppressed) return aggregate;
  return aggregate.mean === null ? null : { suppressed: false, mean: aggregate.mean, index: toIndex(aggregate.mean), n: aggregate.n };
}

function themeBlocks(view: ReportView, showItems: boolean): ReportBlock[] {
  const direct = view.scores.direct;
  return view.themes.flatMap((theme): ReportBlock[] => {
    const scores = direct?.themes[theme.id];
    if (!scores) return [];
    const hidden = scores.theme.employee?.suppressed;
    return [
      { type: 'heading', level: 2, text: theme.title },
      ...(hidden ? [{ type: 'notice' as const, tone: 'info' as const, text: view.locale === 'da' ? \`Medarbejdernes svar vises ikke, fordi færre end \${view.threshold} har svaret.\` : \`Employee answers are not shown because fewer than \${view.threshold} answered.\` }] : []),
      {
        type: 'scoreTable',
        columns: RATER_ROLES.map((role) => ({ role, label: textIn(RATER_ROLE_LABELS[role], view.locale) })),
        rows: [
          { kind: 'theme', themeId: theme.id, itemId: null, label: theme.title, cells: Object.fromEntries(RATER_ROLES.map((r) => [r, cell(scores.theme[r])])) },
          ...(showItems
            ? theme.items.map((item) => ({ kind: 'item' as const, themeId: theme.id, itemId: item.id, label: item.label, cells: Object.fromEntries(RATER_ROLES.map((r) => [r, cell(scores.items[item.id]?.[r])])) }))
            : []),
        ],
      },
    ];
  });
}

/** ${title}: one score table per theme for one leader. */
export default defineReport({
  id: '${name}',
  version: '1.0.0',
  scope: 'leader',
  title: { da: '${title}', en: '${title}' },
  options: z.object({
    showItems: z.boolean().default(true).meta({ label: { da: 'Vis hvert udsagn, ikke kun temaerne', en: 'Show each statement, not only the themes' } }),
  }),
  render: (view, options) => ({
    title: view.subject.name,
    subtitle: view.round.name,
    locale: view.locale,
    blocks: themeBlocks(view, options.showItems),
  }),
});
`,
    'test/report.test.ts': `import { describe, expect, it } from 'vitest';
import { allBlocks, renderOnFixtures, sampleTheme } from '@spejl/plugin-testing';
import report from '../src/index.ts';

describe('report ${name}', () => {
  it('renders a score table per theme on every fixture', () => {
    for (const run of renderOnFixtures(report, [sampleTheme])) {
      expect(allBlocks(run.document).filter((b) => b.type === 'scoreTable'), run.scenario).toHaveLength(1);
    }
  });

  it('shows no employee numbers and says why when employees are suppressed', () => {
    const run = renderOnFixtures(report, [sampleTheme]).find((r) => r.scenario === 'employees-suppressed' && r.locale === 'da')!;
    const table = allBlocks(run.document).find((b) => b.type === 'scoreTable');
    expect(table?.type === 'scoreTable' && table.rows.every((row) => row.cells.employee?.suppressed)).toBe(true);
    expect(allBlocks(run.document).some((b) => b.type === 'notice')).toBe(true);
  });
});
`,
  };
}
