import { describe, expect, it } from 'vitest';
import { reports, themes } from '@spejl/plugin-registry';
import { buildReportView } from '../../src/report-view/report-view.ts';
import { previewReport, previewSource } from '../../src/reports/report-preview.ts';

const source = previewSource(themes.slice(0, 2), 'Egeskov Kommune', 'da');
const employeeTheme = (leaderId: string) => buildReportView(source, { scope: 'leader', leaderId, locale: 'da' }).scores.direct!.themes[themes[0]!.id]!.theme.employee;

describe('report preview on a made-up round', () => {
  it('goes through the real anonymity filter: a team of 9 is published, a team of 3 is not', () => {
    // Team leaders in pre-order: P002 leads 9 employees, P006 leads 3 (below the preview threshold of 5).
    expect(employeeTheme('P002')).toMatchObject({ suppressed: false, forms: 9 });
    expect(employeeTheme('P006')).toMatchObject({ suppressed: true });
  });

  it('renders every report plugin with the options given, in the tenant name and language', () => {
    for (const plugin of reports) {
      const doc = previewReport(plugin, themes.slice(0, 2), 'Egeskov Kommune', 'en', {});
      expect(doc.locale).toBe('en');
      expect(doc.blocks.length).toBeGreaterThan(0);
    }
    const leader = reports.find((r) => r.scope === 'leader')!;
    expect(previewReport(leader, themes.slice(0, 2), 'Egeskov Kommune', 'da', {}).title).toContain('Jens Åberg');
  });

  it('refuses options the plugin does not accept, naming the option', () => {
    const chain = reports.find((r) => r.scope === 'chain')!;
    expect(() => previewReport(chain, themes, 'Egeskov Kommune', 'da', { maxDepth: 99 })).toThrow(/maxDepth/);
  });
});
