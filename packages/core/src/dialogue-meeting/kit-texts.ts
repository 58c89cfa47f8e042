import type { Locale, SuppressionReason } from '@spejl/plugin-sdk';

/** Every sentence of the dialogue meeting kit, in Danish and English. */
export interface KitTexts {
  title: string;
  when: (day: string, from: string, to: string, model: string) => string;
  purpose: string;
  agenda: string;
  minutes: (n: number) => string;
  mainPoints: string;
  mainPointsIntro: string;
  responseRates: string;
  employees: string;
  themeScores: string;
  withheld: (reason: SuppressionReason, k: number) => string;
  itemsWithheld: (k: number) => string;
  reflection: string;
  reflectionIntro: string;
  fallbackQuestions: readonly string[];
  agreements: string;
  agreementsHint: string;
  nextSteps: string;
  nextStepsHint: string;
}

const da: KitTexts = {
  title: 'Dialogmøde med medarbejderne',
  when: (day, from, to, model) => `${day} kl. ${from}–${to} · ${model}`,
  purpose: 'Formålet med mødet er at drøfte resultaterne af ledelsesevalueringen sammen og aftale, hvad I vil arbejde videre med. Materialet viser kun de resultater, der må vises efter reglerne om anonymitet.',
  agenda: 'Dagsorden',
  minutes: (n) => `${n} min.`,
  mainPoints: 'Rapportens hovedpunkter',
  mainPointsIntro: 'Medarbejdernes gennemsnit pr. tema på skalaen 1–5 (1 = helt uenig, 5 = helt enig).',
  responseRates: 'Hvem har svaret',
  employees: 'Medarbejdere',
  themeScores: 'Resultater for temaet',
  withheld: (reason, k) => ({
    'below-threshold': `Medarbejdernes svar vises ikke, fordi færre end ${k} har svaret. Det beskytter den enkelte medarbejders anonymitet.`,
    complementary: `Medarbejdernes svar vises ikke, selv om mindst ${k} har svaret: sammen med andre viste resultater ville de gøre det muligt at regne sig frem til svarene fra en mindre gruppe end ${k}.`,
    'too-few-answers': `Medarbejdernes svar vises ikke, fordi færre end ${k} har svaret andet end "ved ikke".`,
    'no-forms': 'Ingen medarbejdere har svaret i denne måling.',
  })[reason],
  itemsWithheld: (k) => `Udsagn uden tal er skjult, fordi færre end ${k} medarbejdere har svaret andet end "ved ikke" på dem, eller fordi tallet ville afsløre en mindre gruppes svar.`,
  reflection: 'Spørgsmål til drøftelsen',
  reflectionIntro: 'Brug spørgsmålene til at åbne drøftelsen. I behøver ikke nå dem alle.',
  fallbackQuestions: ['Hvad genkender I i resultaterne?', 'Hvad fungerer godt, som vi skal holde fast i?', 'Hvad vil vi gerne gøre anderledes, og hvad er første skridt?'],
  agreements: 'Aftaler',
  agreementsHint: 'Skriv her, hvad I aftaler: hvad, hvem og hvornår.',
  nextSteps: 'Næste skridt',
  nextStepsHint: 'Aftal, hvornår I følger op på aftalerne, og hvordan lederen deler dem med teamet.',
};

const en: KitTexts = {
  title: 'Dialogue meeting with the staff',
  when: (day, from, to, model) => `${day}, ${from}–${to} · ${model}`,
  purpose: 'The meeting is for discussing the results of the leadership evaluation together and agreeing on what you want to work on. The kit shows only the results the anonymity rules allow to be shown.',
  agenda: 'Agenda',
  minutes: (n) => `${n} min`,
  mainPoints: 'The report\'s main points',
  mainPointsIntro: 'The employees\' mean per theme on the scale 1–5 (1 = strongly disagree, 5 = strongly agree).',
  responseRates: 'Who answered',
  employees: 'Employees',
  themeScores: 'Results for the theme',
  withheld: (reason, k) => ({
    'below-threshold': `The employees' answers are not shown because fewer than ${k} answered. This protects each employee's anonymity.`,
    complementary: `The employees' answers are not shown even though at least ${k} answered: together with other results shown they would let someone work out the answers of a group smaller than ${k}.`,
    'too-few-answers': `The employees' answers are not shown because fewer than ${k} answered anything other than "don't know".`,
    'no-forms': 'No employees answered in this round.',
  })[reason],
  itemsWithheld: (k) => `Statements without figures are hidden because fewer than ${k} employees answered anything other than "don't know", or because the figure would reveal a smaller group's answers.`,
  reflection: 'Questions for the discussion',
  reflectionIntro: 'Use the questions to open the discussion. You need not get through them all.',
  fallbackQuestions: ['What do you recognise in the results?', 'What works well that we should keep?', 'What would we like to do differently, and what is the first step?'],
  agreements: 'Agreements',
  agreementsHint: 'Write down what you agree: what, who and when.',
  nextSteps: 'Next steps',
  nextStepsHint: 'Agree when you will follow up on the agreements and how the leader shares them with the team.',
};

/** The kit's sentences in one language. */
export function kitTexts(locale: Locale): KitTexts {
  return locale === 'en' ? en : da;
}
