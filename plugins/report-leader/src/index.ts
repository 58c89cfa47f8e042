import { commentBlocks, defineReport, trendBlocks, RATER_ROLE_LABELS, textIn, z, type ReportBlock, type ReportView } from '@spejl/plugin-sdk';
import { leaderTexts, type LeaderTexts } from './texts.ts';
import { invitedAny, themeSection } from './theme-section.ts';

function responseRates(view: ReportView, texts: LeaderTexts): ReportBlock[] {
  const rows = Object.entries(view.responseRates.direct).filter(([role]) => invitedAny(view, role as keyof typeof RATER_ROLE_LABELS)).map(([role, rate]) => ({ role: role as keyof typeof RATER_ROLE_LABELS, label: textIn(RATER_ROLE_LABELS[role as keyof typeof RATER_ROLE_LABELS], view.locale), ...rate! }));
  return rows.length ? [{ type: 'responseRates', title: texts.responseRates, rows }] : [];
}

function render(view: ReportView, options: { showItems: boolean; showDistribution: boolean }) {
  const texts = leaderTexts(view.locale);
  const sections = view.themes.flatMap((theme) => themeSection(view, theme, options, texts) ?? []);
  return {
    title: view.subject.name,
    subtitle: [view.subject.unitName, view.round.name].filter(Boolean).join(' · '),
    locale: view.locale,
    blocks: [
      { type: 'text', text: texts.intro(view.threshold), style: 'lead' } as const,
      ...(view.responseRates.direct.peer?.invited ? [{ type: 'text', text: texts.introPeers(view.peerThreshold ?? view.threshold) } as const] : []),
      ...responseRates(view, texts),
      ...sections,
      ...trendBlocks(view),
      ...commentBlocks(view, { chain: false }),
      { type: 'reflectionQuestions', title: texts.readingTitle, intro: texts.readingIntro, questions: [...texts.readingQuestions] } as const,
    ],
  };
}

/** The individual leader report (*individuel lederrapport*). */
export default defineReport({
  id: 'leader',
  version: '1.2.0',
  scope: 'leader',
  title: { da: 'Individuel lederrapport', en: 'Individual leader report' },
  options: z.object({
    showItems: z.boolean().default(true).meta({ label: { da: 'Vis hvert udsagn, ikke kun temaerne', en: 'Show each statement, not only the themes' } }),
    showDistribution: z.boolean().default(true).meta({ label: { da: 'Vis svarfordelingen for hvert tema', en: 'Show the answer distribution for each theme' } }),
  }),
  render,
});
