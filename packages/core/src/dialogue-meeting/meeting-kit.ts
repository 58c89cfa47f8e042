import { cellOf, type Locale, type ReportBlock, type ReportDocument, type ReportView, type ThemeContentView, type ThemeScores } from '@spejl/plugin-sdk';
import { kitTexts, type KitTexts } from './kit-texts.ts';
import { meetingAgenda, meetingModelTitle } from './meeting-models.ts';
import type { DialogueMeeting } from './meeting-store.ts';

/** A day as a reader writes it: "12. januar 2027" / "12 January 2027". */
export function spelledDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

function employeeTable(view: ReportView, rows: { theme: ThemeContentView; scores: ThemeScores; items: boolean }[], texts: KitTexts, caption?: string): ReportBlock {
  return {
    type: 'scoreTable',
    ...(caption ? { caption } : {}),
    columns: [{ role: 'employee', label: texts.employees }],
    rows: rows.flatMap(({ theme, scores, items }) => [
      { kind: 'theme' as const, themeId: theme.id, itemId: null, label: theme.title, cells: { employee: cellOf(scores.theme.employee) } },
      ...(items ? theme.items.map((item) => ({ kind: 'item' as const, themeId: theme.id, itemId: item.id, label: item.label, cells: { employee: cellOf(scores.items[item.id]?.employee) } })) : []),
    ]),
  };
}

/** Why a theme's employee figures are missing, in the words the report uses; nothing when they are all shown. */
function withheld(view: ReportView, theme: ThemeContentView, scores: ThemeScores, texts: KitTexts): ReportBlock[] {
  const employee = scores.theme.employee;
  if (employee?.suppressed) return [{ type: 'notice', tone: 'warning', text: `${theme.title}: ${texts.withheld(employee.reason, view.threshold)}` }];
  return theme.items.some((item) => scores.items[item.id]?.employee?.suppressed) ? [{ type: 'notice', tone: 'info', text: texts.itemsWithheld(view.threshold) }] : [];
}

function mainPoints(view: ReportView, themes: readonly ThemeContentView[], texts: KitTexts): ReportBlock[] {
  const scored = themes.flatMap((theme) => {
    const scores = view.scores.direct?.themes[theme.id];
    // A theme employees were not asked about (e.g. one for leaders only) has nothing to show the staff.
    return scores?.theme.employee ? [{ theme, scores, items: false }] : [];
  });
  const published = scored.some(({ scores }) => scores.theme.employee && !scores.theme.employee.suppressed);
  const rate = view.responseRates.direct.employee;
  return [
    { type: 'heading', level: 1, text: texts.mainPoints },
    // The number who answered is shown only beside published figures: a withheld group's kit says why, and nothing more.
    ...(published && rate ? [{ type: 'responseRates' as const, title: texts.responseRates, rows: [{ role: 'employee' as const, label: texts.employees, ...rate }] }] : []),
    ...scored.flatMap(({ theme, scores }) => (scores.theme.employee?.suppressed ? withheld(view, theme, scores, texts) : [])),
    ...(published ? [{ type: 'text' as const, text: texts.mainPointsIntro, style: 'small' as const }, employeeTable(view, scored.filter((s) => !s.scores.theme.employee?.suppressed), texts)] : []),
  ];
}

function themeDiscussion(view: ReportView, theme: ThemeContentView, texts: KitTexts): ReportBlock {
  const scores = view.scores.direct?.themes[theme.id];
  const guidance = theme.guidance?.leader ?? theme.guidance?.organisation ?? null;
  const questions = guidance?.questions.length ? guidance.questions : texts.fallbackQuestions;
  const published = scores && !scores.theme.employee?.suppressed && scores.theme.employee !== undefined;
  return {
    type: 'section',
    blocks: [
      { type: 'heading', level: 1, text: theme.title },
      ...(theme.about.what ? [{ type: 'text' as const, text: theme.about.what.split(/\n\s*\n/)[0]!, style: 'small' as const }] : []),
      ...(scores ? withheld(view, theme, scores, texts) : []),
      ...(published ? [employeeTable(view, [{ theme, scores, items: true }], texts, texts.themeScores)] : []),
      { type: 'reflectionQuestions', title: texts.reflection, intro: texts.reflectionIntro, questions: [...questions] },
    ],
  };
}

/**
 * The printable kit for a leader's dialogue meeting: the agenda with times, the report's main points
 * and, per chosen theme, the employees' figures and the theme's reflection questions. Built only from
 * the leader's anonymity-filtered report view, so it shows exactly what their report publishes, no more.
 */
export function dialogueKitDocument(view: ReportView, meeting: DialogueMeeting): ReportDocument {
  const texts = kitTexts(view.locale);
  const chosen = meeting.themeIds.flatMap((id) => view.themes.find((t) => t.id === id) ?? []);
  const agenda = meetingAgenda(meeting.model, meeting.startTime, chosen, view.locale);
  const when = texts.when(spelledDay(meeting.date, view.locale), agenda[0]!.from, agenda.at(-1)!.to, meetingModelTitle(meeting.model, view.locale));
  return {
    title: `${texts.title}: ${view.subject.name}`,
    subtitle: [view.subject.unitName, view.round.name].filter(Boolean).join(' · '),
    locale: view.locale,
    blocks: [
      { type: 'text', text: when, style: 'lead' },
      { type: 'text', text: texts.purpose },
      { type: 'heading', level: 1, text: texts.agenda },
      ...agenda.map((a): ReportBlock => ({ type: 'text', text: `${a.from}–${a.to}  ${a.title} (${texts.minutes(a.minutes)})` })),
      ...mainPoints(view, view.themes, texts),
      ...chosen.map((theme) => themeDiscussion(view, theme, texts)),
      { type: 'heading', level: 1, text: texts.agreements },
      { type: 'text', text: texts.agreementsHint },
      { type: 'heading', level: 1, text: texts.nextSteps },
      { type: 'text', text: texts.nextStepsHint },
    ],
  };
}
