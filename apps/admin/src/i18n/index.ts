import { createI18n } from 'vue-i18n';
import audit from './audit.ts';
import auth from './auth.ts';
import benchmark from './benchmark.ts';
import onboarding from './onboarding.ts';
import common from './common.ts';
import commentReview from './comment-review.ts';
import dialogueMeeting from './dialogue-meeting.ts';
import followUp from './follow-up.ts';
import heatmap from './heatmap.ts';
import home from './home.ts';
import initiatives from './initiatives.ts';
import languages from './languages.ts';
import layout from './layout.ts';
import letters from './letters.ts';
import lists from './lists.ts';
import members from './members.ts';
import outbox from './outbox.ts';
import peers from './peers.ts';
import people from './people.ts';
import tenants from './tenants.ts';
import privacy from './privacy.ts';
import rounds from './rounds.ts';
import roundPreview from './round-preview.ts';
import reminders from './reminders.ts';
import pulses from './pulses.ts';
import reports from './reports.ts';
import safetyNet from './safetynet.ts';
import sso from './sso.ts';
import themes from './themes.ts';
import trends from './trends.ts';
import twoFactor from './two-factor.ts';

/** Every feature's messages under its own key; a feature adds one import and one line here. */
export const features = { common, layout, auth, home, tenants, members, outbox, themes, people, peers, rounds, roundPreview, reports, heatmap, benchmark, onboarding, lists, reminders, commentReview, dialogueMeeting, trends, followUp, initiatives, audit, safetyNet, privacy, letters, twoFactor, sso, pulses, languages };

/** The console's languages: Danish first (the default), English second. */
export const LOCALES = ['da', 'en'] as const;
/** One of the console's languages. */
export type Locale = (typeof LOCALES)[number];

type Messages = { [K in keyof typeof features]: (typeof features)[K]['da'] };

function messagesFor(locale: Locale): Messages {
  const entries = Object.entries(features).map(([key, feature]) => [key, feature[locale]]);
  return Object.fromEntries(entries) as Messages;
}

/** The message tree per locale, as vue-i18n receives it. */
export const messages: Record<Locale, Messages> = { da: messagesFor('da'), en: messagesFor('en') };

/** The console's i18n instance (Composition API only). */
export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: 'da',
  fallbackLocale: 'da',
  messages,
  missingWarn: false,
  fallbackWarn: false,
});
