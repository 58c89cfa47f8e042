import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themes } from '@spejl/plugin-registry';
import { allBlocks, documentText, fixtureView } from '@spejl/plugin-testing';
import { dialogueKitDocument, MEETING_MODEL_IDS, meetingAgenda, meetingModelMinutes, meetingSight, type DialogueMeeting } from '../../src/index.ts';

const borger = themes.find((t) => t.id === 'borgerorientering')!;
const meeting: DialogueMeeting = {
  id: '00000000-0000-4000-8000-000000000001', roundId: '00000000-0000-4000-8000-000000000002', leaderId: '1004', model: 'one-hour', date: '2027-01-12', startTime: '09:00',
  themeIds: ['borgerorientering'], agreements: null, heldAt: null, sharedAt: null,
};
const MEAN = /\b[1-5][.,]\d{1,2}\b/;

describe('the meeting models’ agendas', () => {
  it('run without gaps from the start time and add up to the model, however many themes and whenever it starts', () => {
    fc.assert(fc.property(fc.constantFrom(...MEETING_MODEL_IDS), fc.integer({ min: 0, max: 23 * 60 + 59 }), fc.integer({ min: 0, max: 12 }), (model, start, count) => {
      const time = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
      const chosen = Array.from({ length: count }, (_, i) => ({ id: `t${i}`, title: `Tema ${i}` }));
      const agenda = meetingAgenda(model, time, chosen, 'da');
      expect(agenda[0]!.from).toBe(time);
      for (let i = 1; i < agenda.length; i++) expect(agenda[i]!.from).toBe(agenda[i - 1]!.to);
      expect(agenda.reduce((sum, a) => sum + a.minutes, 0)).toBe(meetingModelMinutes(model));
      expect(agenda.filter((a) => a.themeId).map((a) => a.themeId)).toEqual(chosen.map((c) => c.id));
      expect(agenda.every((a) => a.minutes > 0)).toBe(true);
    }));
  });

  it('has welcome, main points, a discussion per theme, agreements and next steps, in Danish and English', () => {
    expect(meetingAgenda('one-hour', '09:00', [{ id: 'a', title: 'Borgerorientering' }, { id: 'b', title: 'Samarbejde' }], 'da').map((a) => `${a.from} ${a.title}`)).toEqual([
      '09:00 Velkomst og formål', '09:05 Rapportens hovedpunkter', '09:15 Drøftelse: Borgerorientering', '09:30 Drøftelse: Samarbejde', '09:45 Aftaler', '09:55 Næste skridt og opfølgning',
    ]);
    expect(meetingAgenda('one-and-a-half-hours', '23:30', [], 'en').at(-1)).toMatchObject({ from: '00:50', to: '01:00', title: 'Next steps and follow-up' });
  });
});

describe('the dialogue kit document', () => {
  it('carries the agenda, the published employee figures and the theme’s reflection questions', () => {
    const doc = dialogueKitDocument(fixtureView([borger], 'published'), meeting);
    const text = documentText(doc);
    expect(text).toContain('09:15–09:45  Drøftelse: Borgerorientering (30 min.)');
    expect(text).toContain('12. januar 2027');
    expect(text).toContain('Hvordan kan I blive bedre til at arbejde med effekter');
    const tables = allBlocks(doc).filter((b) => b.type === 'scoreTable');
    expect(tables.length).toBe(2);
    expect(JSON.stringify(tables)).toContain('"suppressed":false');
  });

  it('shows no employee figure where the report withholds them, and says why', () => {
    const view = fixtureView([borger], 'employees-suppressed');
    const doc = dialogueKitDocument(view, meeting);
    const blocks = allBlocks(doc);
    expect(blocks.some((b) => b.type === 'scoreTable' || b.type === 'responseRates' || b.type === 'distribution')).toBe(false);
    expect(documentText(doc)).toContain(`Medarbejdernes svar vises ikke, fordi færre end ${view.threshold} har svaret.`);
    expect(JSON.stringify(doc)).not.toMatch(MEAN);
    expect(blocks.some((b) => b.type === 'reflectionQuestions')).toBe(true);
  });

  it('lists only the chosen themes for discussion, in English when asked', () => {
    const two = themes.filter((t) => ['borgerorientering', 'samarbejde'].includes(t.id));
    const doc = dialogueKitDocument(fixtureView(two, 'published', 'en'), { ...meeting, themeIds: ['samarbejde'] });
    const text = documentText(doc);
    expect(text).toContain('Discussion: ');
    expect(text).not.toContain('Drøftelse');
    expect(allBlocks(doc).filter((b) => b.type === 'reflectionQuestions')).toHaveLength(1);
  });
});

describe('who sees a meeting', () => {
  it('gives the leader everything, their superior and admins whether it was held, and other leaders nothing', () => {
    expect(meetingSight({ role: 'leader', personId: '1004' }, '1004', '1002')).toBe('all');
    expect(meetingSight({ role: 'leader', personId: '1002' }, '1004', '1002')).toBe('held-only');
    expect(meetingSight({ role: 'admin', personId: null }, '1004', '1002')).toBe('held-only');
    expect(meetingSight({ role: 'analyst', personId: null }, '1004', '1002')).toBe('held-only');
    expect(meetingSight({ role: 'leader', personId: '1005' }, '1004', '1002')).toBe('none');
    expect(meetingSight({ role: 'leader', personId: null }, '1004', null)).toBe('none');
  });
});
