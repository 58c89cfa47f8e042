import { describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDocument, ReportView } from '@spejl/plugin-sdk';
import { conversationGuide, readingQuestionsOf } from '../../src/follow-up/conversation-guide.ts';

const published = (mean: number) => ({ suppressed: false as const, forms: 6, n: 6, mean, sd: 0.5 });
const withheld = { suppressed: true as const, reason: 'below-threshold' as const };

function view(employee: typeof withheld | ReturnType<typeof published>): ReportView {
  const theme = {
    id: 'borgerorientering', version: '1', title: 'Borgerorientering', about: { what: '', why: '', how: null }, intro: '', framingNote: null,
    items: [{ id: 'kultur', label: 'Kultur', text: {} }],
    guidance: { title: 'Hvordan', organisation: { title: 'Org', intro: null, questionsIntro: null, questions: ['Hvordan taler I om borgerne?'], casesIntro: null, cases: [] }, leader: null },
  };
  return {
    themes: [theme],
    scores: { direct: { themes: { borgerorientering: { theme: { employee, self: published(4), superior: published(3.5) }, items: {} } } }, chain: { themes: {} } },
  } as unknown as ReportView;
}

describe('the conversation guide for the talk with the superior', () => {
  it('takes the published theme means and leaves out what the anonymity filter withheld', () => {
    expect(conversationGuide(view(published(3.8)), true)[0]!.means).toEqual({ employee: 3.8, self: 4, superior: 3.5 });
    const guide = conversationGuide(view(withheld), true)[0]!;
    expect(guide.means).toEqual({ self: 4, superior: 3.5 });
    expect(JSON.stringify(guide)).not.toContain('below-threshold');
  });

  it('gives no figure at all to a reader who may not read the report, only the themes and questions', () => {
    const guide = conversationGuide(view(published(3.8)), false)[0]!;
    expect(guide.means).toEqual({});
    expect(guide.questions).toEqual(['Hvordan taler I om borgerne?']);
    expect(guide.items).toEqual([{ id: 'kultur', label: 'Kultur' }]);
  });

  it('reads the leader report\'s closing three questions, not a theme\'s reflection questions', () => {
    const blocks: ReportBlock[] = [
      { type: 'reflectionQuestions', questions: ['a', 'b', 'c'] },
      { type: 'text', text: 'x' },
      { type: 'reflectionQuestions', questions: ['Hvad overraskede dig positivt?', 'Hvad er mest relevant for dig?', 'Hvad vil du gerne vide mere om?'] },
    ];
    expect(readingQuestionsOf({ title: 't', locale: 'da', blocks } as ReportDocument)).toEqual(['Hvad overraskede dig positivt?', 'Hvad er mest relevant for dig?', 'Hvad vil du gerne vide mere om?']);
    expect(readingQuestionsOf({ title: 't', locale: 'da', blocks: [] } as unknown as ReportDocument)).toEqual([]);
  });
});
