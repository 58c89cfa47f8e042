import { paragraphs, type ReportBlock, type ThemeContentView } from '@spejl/plugin-sdk';

/** A theme's guidance for the organisation level: introduction, questions to discuss, worked cases. */
export function organisationGuidance(theme: ThemeContentView): ReportBlock[] {
  const level = theme.guidance?.organisation;
  if (!level) return [];
  return [{
    type: 'section',
    blocks: [
      { type: 'heading', level: 2, text: `${theme.title}: ${level.title}` },
      ...(level.intro ? paragraphs(level.intro).map((text): ReportBlock => ({ type: 'text', text })) : []),
      ...(level.questions.length ? [{ type: 'reflectionQuestions' as const, ...(level.questionsIntro ? { intro: level.questionsIntro } : {}), questions: [...level.questions] }] : []),
      ...(level.cases.length ? [{ type: 'cases' as const, ...(level.casesIntro ? { intro: level.casesIntro } : {}), cases: level.cases.map((c) => ({ title: c.title, paragraphs: paragraphs(c.body) })) }] : []),
    ],
  }];
}
