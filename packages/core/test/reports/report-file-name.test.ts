import { describe, expect, it } from 'vitest';
import { reportFileName, reportKindTitle } from '../../src/reports/report-file-name.ts';

describe('report download names', () => {
  it('say which report, whose and which round', () => {
    expect(reportFileName({ kind: 'Lederrapport', subject: 'Niels Hansen', round: 'Ledelsesevaluering 2025' }, 'pdf')).toBe('Lederrapport – Niels Hansen – Ledelsesevaluering 2025.pdf');
    expect(reportFileName({ kind: 'Kæderapport', subject: 'Niels Hansen', round: 'Ledelsesevaluering 2025' }, 'html')).toBe('Kæderapport – Niels Hansen – Ledelsesevaluering 2025.html');
  });

  it('hold no character a file system refuses, and no empty part', () => {
    const name = reportFileName({ kind: 'Lederrapport', subject: 'A/B\\C: "D" *E? <F> |G|', round: '  ' }, 'pdf');
    expect(name).toBe('Lederrapport – ABC D E F G.pdf');
    expect(name).not.toMatch(/[/\\:*?"<>|]/);
    expect(reportFileName({ kind: '', subject: '///', round: '' }, 'pdf')).toBe('rapport.pdf');
  });

  it('name a leader and a chain report apart in both languages, others by their title', () => {
    const title = { da: 'Noget', en: 'Something' };
    expect(reportKindTitle({ scope: 'leader', title }, 'da')).toBe('Lederrapport');
    expect(reportKindTitle({ scope: 'chain', title }, 'en')).toBe('Chain report');
    expect(reportKindTitle({ scope: 'tenant', title }, 'en')).toBe('Something');
    expect(reportKindTitle({ scope: 'tenant', title: { da: 'Kun dansk' } }, 'en')).toBe('Kun dansk');
  });
});
