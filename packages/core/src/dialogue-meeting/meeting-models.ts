import type { Locale } from '@spejl/plugin-sdk';

/** The meeting models a leader picks from; each fixes the length of every part of the agenda. */
export const MEETING_MODEL_IDS = ['one-hour', 'one-and-a-half-hours'] as const;
/** One meeting model's id. */
export type MeetingModelId = (typeof MEETING_MODEL_IDS)[number];

/** The parts of a dialogue meeting, in order; `themes` is shared among the chosen themes. */
interface ModelMinutes {
  readonly welcome: number;
  readonly mainPoints: number;
  readonly themes: number;
  readonly agreements: number;
  readonly nextSteps: number;
}

const MODELS: Record<MeetingModelId, ModelMinutes> = {
  'one-hour': { welcome: 5, mainPoints: 10, themes: 30, agreements: 10, nextSteps: 5 },
  'one-and-a-half-hours': { welcome: 5, mainPoints: 15, themes: 45, agreements: 15, nextSteps: 10 },
};

const TITLES = {
  da: {
    'one-hour': 'En time', 'one-and-a-half-hours': 'Halvanden time',
    welcome: 'Velkomst og formål', mainPoints: 'Rapportens hovedpunkter', theme: (t: string) => `Drøftelse: ${t}`, agreements: 'Aftaler', nextSteps: 'Næste skridt og opfølgning',
  },
  en: {
    'one-hour': 'One hour', 'one-and-a-half-hours': 'One and a half hours',
    welcome: 'Welcome and purpose', mainPoints: 'The report\'s main points', theme: (t: string) => `Discussion: ${t}`, agreements: 'Agreements', nextSteps: 'Next steps and follow-up',
  },
} as const;

/** One line of the agenda: from, to (`HH:MM`), what, and the theme it discusses. */
export interface AgendaItem {
  readonly from: string;
  readonly to: string;
  readonly title: string;
  readonly minutes: number;
  readonly themeId?: string;
}

/** A model's name in the reader's language. */
export function meetingModelTitle(model: MeetingModelId, locale: Locale): string {
  return TITLES[locale][model];
}

/** The whole length of a model, in minutes. */
export function meetingModelMinutes(model: MeetingModelId): number {
  const m = MODELS[model];
  return m.welcome + m.mainPoints + m.themes + m.agreements + m.nextSteps;
}

function clock(minutes: number): string {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

/**
 * Splits the theme time as evenly as a printed agenda reads well: in steps of five minutes where
 * every theme gets at least five, else of one; the first themes take the steps left over.
 */
function themeShares(total: number, count: number): number[] {
  const step = total >= count * 5 ? 5 : 1;
  const steps = Math.floor(total / step);
  const base = Math.floor(steps / count);
  const shares = Array.from({ length: count }, (_, i) => (base + (i < steps - base * count ? 1 : 0)) * step);
  shares[0]! += total - steps * step;
  return shares;
}

/**
 * The agenda with times for a model starting at `start` (`HH:MM`): welcome, the report's main
 * points, one discussion per chosen theme, agreements, next steps. The parts always add up to the model's length.
 */
export function meetingAgenda(model: MeetingModelId, start: string, themes: readonly { id: string; title: string }[], locale: Locale): AgendaItem[] {
  const m = MODELS[model];
  const words = TITLES[locale];
  const [h, min] = start.split(':').map(Number) as [number, number];
  let at = h * 60 + min;
  const parts: { title: string; minutes: number; themeId?: string }[] = [
    { title: words.welcome, minutes: m.welcome },
    { title: words.mainPoints, minutes: m.mainPoints },
    ...(themes.length ? themeShares(m.themes, themes.length).map((minutes, i) => ({ title: words.theme(themes[i]!.title), minutes, themeId: themes[i]!.id })) : []),
    { title: words.agreements, minutes: m.agreements + (themes.length ? 0 : m.themes) },
    { title: words.nextSteps, minutes: m.nextSteps },
  ];
  return parts.map((p) => {
    const from = clock(at);
    at += p.minutes;
    return { ...p, from, to: clock(at) };
  });
}
