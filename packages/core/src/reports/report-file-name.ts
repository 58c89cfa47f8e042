import type { Locale, ReportPlugin } from '@spejl/plugin-sdk';
import { clip, safeFileName } from '../report-jobs/file-names.ts';

/**
 * The short name a reader calls a report by. A leader's and a chain's report are both titled with
 * the person's name, so a file or page named after the document alone could be either; these say
 * which. Other reports go by their own title.
 */
const KIND_TITLES: Partial<Record<ReportPlugin['scope'], Record<Locale, string>>> = {
  leader: { da: 'Lederrapport', en: 'Leader report' },
  chain: { da: 'Kæderapport', en: 'Chain report' },
};

/** Which report this is, in the reader's language: "Lederrapport", "Kæderapport", "Organisationsoverblik". */
export function reportKindTitle(plugin: Pick<ReportPlugin, 'scope' | 'title'>, locale: Locale): string {
  return KIND_TITLES[plugin.scope]?.[locale] ?? plugin.title[locale] ?? plugin.title.da;
}

/**
 * A report's download name: "Lederrapport – Niels Hansen – Ledelsesevaluering 2025.pdf". Each part
 * is made safe for file systems (no / \ : * ? " < > |) and an empty one is left out.
 */
export function reportFileName(parts: { kind: string; subject: string; round: string }, extension: 'pdf' | 'html'): string {
  const stem = [parts.kind, parts.subject, parts.round].map((p) => clip(safeFileName(p, ''), 80)).filter(Boolean).join(' – ');
  return `${stem || 'rapport'}.${extension}`;
}
