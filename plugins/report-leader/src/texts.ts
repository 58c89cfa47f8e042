import type { Locale, SuppressionReason } from '@spejl/plugin-sdk';

/** Every sentence of the leader report in Danish and English; `k` is the anonymity threshold. */
export interface LeaderTexts {
  intro: (k: number) => string;
  /** Added to the introduction when peers (sideordnede ledere) were asked; `k` is the peers' threshold. */
  introPeers: (k: number) => string;
  what: string;
  why: string;
  table: string;
  distribution: string;
  dontKnow: string;
  gapTitle: string;
  gapExplained: string;
  readings: { 'blind-spot': (label: string) => string; 'hidden-strength': (label: string) => string };
  comparisonTitle: string;
  yourEmployees: string;
  reflectionTitle: string;
  readingTitle: string;
  readingIntro: string;
  readingQuestions: readonly [string, string, string];
  responseRates: string;
  withheld: (reason: SuppressionReason, k: number) => string;
  itemsWithheld: (k: number) => string;
  /** Why the peers' (sideordnede lederes) figures are not shown; `k` is the peers' threshold. */
  peersWithheld: (reason: SuppressionReason, k: number) => string;
}

const da: LeaderTexts = {
  intro: (k) => `Rapporten viser, hvordan dine medarbejdere, du selv og din overordnede leder oplever din ledelse. Medarbejdernes svar vises kun samlet og kun, når mindst ${k} har svaret, så ingen enkelt medarbejders svar kan udledes. Skalaen går fra 1 (helt uenig) til 5 (helt enig).`,
  introPeers: (k) => `Ledere, du samarbejder med som sideordnede, har også svaret, om jeres samarbejde. Deres svar vises som deres egen gruppe, kun samlet og kun, når mindst ${k} af dem har svaret.`,
  what: 'Hvad er det?',
  why: 'Hvorfor er det vigtigt?',
  table: 'Resultater',
  distribution: 'Fordeling af svar',
  dontKnow: '"Ved ikke" tælles med i fordelingen, men ikke i gennemsnittet.',
  gapTitle: 'Dit eget blik og medarbejdernes',
  gapExplained: 'Forskellen er din egen vurdering minus medarbejdernes gennemsnit. Er den over +1,33 (en tredjedel af skalaen), kan det være en blind plet: du vurderer dig selv højere, end dine medarbejdere oplever det. Er den under −1,33, kan det være en skjult styrke: dine medarbejdere oplever mere, end du selv tillægger dig.',
  readings: {
    'blind-spot': (label) => `${label}: mulig blind plet – du vurderer dig selv markant højere end dine medarbejdere.`,
    'hidden-strength': (label) => `${label}: mulig skjult styrke – dine medarbejdere vurderer dig markant højere, end du selv gør.`,
  },
  comparisonTitle: 'Sammenligning',
  yourEmployees: 'Dine medarbejdere',
  reflectionTitle: 'Spørgsmål til refleksion',
  readingTitle: 'Når du læser rapporten',
  readingIntro: 'Brug et øjeblik på disse tre spørgsmål, gerne før du drøfter rapporten med dine medarbejdere eller din leder.',
  readingQuestions: ['Hvad overraskede dig positivt?', 'Hvad er mest relevant for dig?', 'Hvad vil du gerne vide mere om?'],
  responseRates: 'Hvem har svaret',
  withheld: (reason, k) => ({
    'below-threshold': `Dine medarbejderes svar vises ikke, fordi færre end ${k} har svaret. Det beskytter den enkelte medarbejders anonymitet. Svarene tæller stadig med i resultaterne for ledelseskæden over dig.`,
    complementary: `Dine medarbejderes svar vises ikke, selv om mindst ${k} har svaret: sammen med andre viste resultater ville de gøre det muligt at regne sig frem til svarene fra en mindre gruppe end ${k}. Svarene tæller stadig med i resultaterne for ledelseskæden over dig.`,
    'too-few-answers': `Dine medarbejderes svar vises ikke, fordi færre end ${k} har svaret andet end "ved ikke".`,
    'no-forms': 'Ingen af dine medarbejdere har svaret i denne måling.',
  })[reason],
  peersWithheld: (reason, k) => (reason === 'no-forms'
    ? 'Ingen af dine sideordnede ledere har svaret i denne måling.'
    : `Dine sideordnede lederes svar vises ikke, fordi færre end ${k} af dem har svaret${reason === 'too-few-answers' ? ' andet end "ved ikke"' : ''}. Det beskytter den enkelte. Deres svar vises aldrig samlet for ledelseskæden.`),
  itemsWithheld: (k) => `Udsagn uden tal er skjult, fordi færre end ${k} medarbejdere har svaret andet end "ved ikke" på dem, eller fordi tallet sammen med andre viste tal ville afsløre en mindre gruppes svar.`,
};

const en: LeaderTexts = {
  intro: (k) => `This report shows how your employees, you yourself and your own superior experience your leadership. Employee answers are shown only together and only when at least ${k} have answered, so no single employee's answers can be inferred. The scale runs from 1 (strongly disagree) to 5 (strongly agree).`,
  introPeers: (k) => `Leaders you work with as peers have also answered, about your collaboration. Their answers are shown as a group of their own, only together and only when at least ${k} of them have answered.`,
  what: 'What is it?',
  why: 'Why does it matter?',
  table: 'Results',
  distribution: 'How the answers spread',
  dontKnow: '"Don\'t know" is counted in the spread but not in the mean.',
  gapTitle: 'Your view and your employees\'',
  gapExplained: 'The gap is your own rating minus your employees\' mean. Above +1.33 (a third of the scale) it may be a blind spot: you rate yourself higher than your employees experience it. Below −1.33 it may be a hidden strength: your employees see more than you credit yourself with.',
  readings: {
    'blind-spot': (label) => `${label}: possible blind spot – you rate yourself markedly higher than your employees do.`,
    'hidden-strength': (label) => `${label}: possible hidden strength – your employees rate you markedly higher than you do.`,
  },
  comparisonTitle: 'Comparison',
  yourEmployees: 'Your employees',
  reflectionTitle: 'Questions for reflection',
  readingTitle: 'As you read the report',
  readingIntro: 'Take a moment for these three questions, ideally before you discuss the report with your employees or your superior.',
  readingQuestions: ['What surprised you positively?', 'What is most relevant to you?', 'What would you like to know more about?'],
  responseRates: 'Who answered',
  withheld: (reason, k) => ({
    'below-threshold': `Your employees' answers are not shown because fewer than ${k} answered. This protects each employee's anonymity. The answers still count in the results of the leadership chain above you.`,
    complementary: `Your employees' answers are not shown even though at least ${k} answered: together with other published results they would let someone work out the answers of a group smaller than ${k}. The answers still count in the results of the leadership chain above you.`,
    'too-few-answers': `Your employees' answers are not shown because fewer than ${k} gave an answer other than "don't know".`,
    'no-forms': 'None of your employees answered in this round.',
  })[reason],
  peersWithheld: (reason, k) => (reason === 'no-forms'
    ? 'None of your peers answered in this round.'
    : `Your peers' answers are not shown because fewer than ${k} of them answered${reason === 'too-few-answers' ? ' other than "don\'t know"' : ''}. This protects each of them. Their answers are never pooled for the leadership chain.`),
  itemsWithheld: (k) => `Statements without figures are hidden because fewer than ${k} employees answered them other than "don't know", or because the figure, together with others shown, would reveal a smaller group's answers.`,
};

/** The leader report's texts in `locale`. */
export function leaderTexts(locale: Locale): LeaderTexts {
  return locale === 'en' ? en : da;
}
