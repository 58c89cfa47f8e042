import type { Locale } from '../locales.ts';
import { calendarDayOf } from '../time/wall-clock.ts';
import type { ReportBlock, TrendBlock } from './document.ts';
import type { ReportView, TrendView } from './view.ts';

interface TrendTexts {
  title: string;
  intro: Record<TrendView['group'], (k: number) => string>;
  blank: (k: number) => string;
  noPredecessor: Record<TrendView['group'], string>;
  nothingComparable: string;
}

const da: TrendTexts = {
  title: 'Udvikling over tid',
  intro: {
    direct: (k) => `Dine medarbejderes gennemsnit pr. tema i denne og tidligere målinger, hvor du var deres leder. Kun tal, der blev vist i begge målinger, sammenlignes, og kun når antallet af svar ikke har ændret sig med mellem 1 og ${k - 1}.`,
    chain: (k) => `Medarbejdernes gennemsnit pr. tema for ledelseskæden i denne og tidligere målinger, hvor enheden kan følges bagud (samme enhedskode, en tilknytning eller samme leder). Kun tal, der blev vist i begge målinger, sammenlignes, og kun når antallet af svar ikke har ændret sig med mellem 1 og ${k - 1}.`,
    organisation: (k) => `Medarbejdernes gennemsnit pr. tema for hele organisationen i denne og tidligere målinger. Kun tal, der blev vist i begge målinger, sammenlignes, og kun når antallet af svar ikke har ændret sig med mellem 1 og ${k - 1}.`,
  },
  blank: (k) => `Et tomt felt betyder, at tallet ikke blev vist i den måling eller i denne, eller at antallet af svar ændrede sig med færre end ${k}, så forskellen kunne sige noget om de få, der kom til eller gik.`,
  noPredecessor: {
    direct: 'Der er ingen tidligere måling, hvor du var leder for en gruppe, der kan sammenlignes med.',
    chain: 'Enheden kan ikke følges bagud: den er ny, delt eller lagt sammen med en anden, eller den mangler en tilknytning. Derfor vises ingen udvikling frem for en forkert.',
    organisation: 'Der er ingen tidligere måling at sammenligne med.',
  },
  nothingComparable: 'Ingen tal fra tidligere målinger kan sammenlignes med denne målings tal uden at bryde anonymiteten.',
};

const en: TrendTexts = {
  title: 'Development over time',
  intro: {
    direct: (k) => `Your employees' mean per theme in this and earlier rounds in which you were their leader. Only figures shown in both rounds are compared, and only when the number of answers did not change by between 1 and ${k - 1}.`,
    chain: (k) => `The employees' mean per theme for the leadership chain in this and earlier rounds in which the unit can be followed back (the same unit code, a mapping or the same leader). Only figures shown in both rounds are compared, and only when the number of answers did not change by between 1 and ${k - 1}.`,
    organisation: (k) => `The employees' mean per theme for the whole organisation in this and earlier rounds. Only figures shown in both rounds are compared, and only when the number of answers did not change by between 1 and ${k - 1}.`,
  },
  blank: (k) => `A blank means the figure was not shown in that round or in this one, or the number of answers changed by fewer than ${k}, so the difference could say something about the few who joined or left.`,
  noPredecessor: {
    direct: 'There is no earlier round in which you led a group that can be compared.',
    chain: 'The unit cannot be followed back: it is new, split or merged with another, or has no mapping. So no development is shown rather than a wrong one.',
    organisation: 'There is no earlier round to compare with.',
  },
  nothingComparable: 'No figures of earlier rounds can be compared with this round\'s without breaking anonymity.',
};

function texts(locale: Locale): TrendTexts {
  return locale === 'en' ? en : da;
}

/** This round's published employee mean of a theme for the trend's group, or null. */
function currentMean(view: ReportView, group: TrendView['group'], themeId: string): number | null {
  const scores = group === 'direct' ? view.scores.direct : view.scores.chain;
  const figure = scores?.themes[themeId]?.theme.employee;
  return figure && !figure.suppressed ? figure.mean : null;
}

/**
 * The `trend` block of a view: one series per theme, the earlier rounds that hold at least one
 * comparable figure and then this round; null when no earlier figure can be shown.
 */
export function trendBlock(view: ReportView, title?: string): TrendBlock | null {
  const trend = view.trend;
  if (!trend) return null;
  // Themes the group's employees were not asked (e.g. a peers' theme) have no line.
  const scores = trend.group === 'direct' ? view.scores.direct : view.scores.chain;
  const themes = view.themes.filter((t) => scores?.themes[t.id]?.theme.employee !== undefined);
  const keep = trend.rounds.map((_, i) => themes.some((t) => trend.themes[t.id]?.[i]?.shown === true));
  if (!keep.some(Boolean)) return null;
  const day = (iso: string | null) => (iso ? calendarDayOf(iso) : undefined);
  const rounds = [...trend.rounds.filter((_, i) => keep[i]), { name: view.round.name, closedAt: view.round.closedAt }]
    .map((r) => ({ label: r.name, ...(day(r.closedAt) ? { date: day(r.closedAt)! } : {}) }));
  const series = themes.map((t) => {
    const points = trend.themes[t.id] ?? [];
    const earlier = points.filter((_, i) => keep[i]).map((p) => (p.shown ? p.mean : null));
    return { key: t.id, label: t.title, values: [...earlier, currentMean(view, trend.group, t.id)] };
  });
  const t = texts(view.locale);
  return { type: 'trend', ...(title ? { title } : {}), rounds, series, note: `${t.intro[trend.group](trend.threshold)} ${t.blank(trend.threshold)}` };
}

/**
 * The standard "development over time" section: a heading, what is compared, and the trend (a table,
 * and from three rounds a chart), or why there is none. Nothing where the organisation has no earlier round.
 */
export function trendBlocks(view: ReportView): ReportBlock[] {
  const trend = view.trend;
  if (!trend) return [];
  const t = texts(view.locale);
  const heading: ReportBlock = { type: 'heading', level: 1, text: t.title };
  if (trend.rounds.length === 0) return [heading, { type: 'notice', tone: 'info', text: t.noPredecessor[trend.group] }];
  const block = trendBlock(view);
  if (!block) return [heading, { type: 'notice', tone: 'info', text: t.nothingComparable }];
  // The block right after its heading (its note says what is compared), so the PDF keeps the two on one page.
  return [heading, block];
}
