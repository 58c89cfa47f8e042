import { LOCALES, RATER_ROLES, type AnyTheme, type Locale, type RaterRole, type SomeTexts } from '@spejl/plugin-sdk';

function missingIn(texts: SomeTexts | undefined, path: string, locales: readonly Locale[]): string[] {
  return locales.filter((l) => !texts?.[l]?.trim()).map((l) => `${path}.${l}`);
}

/**
 * The roles a complete theme words every text for: the leader and their superior always, a group
 * of raters (employees, peers or both: a theme about collaboration between leaders may ask peers
 * instead of employees), and any other role it declares.
 */
function completeRoles(theme: AnyTheme): RaterRole[] {
  const declared = new Set<RaterRole>(theme.roles);
  const asksGroup = declared.has('employee') || declared.has('peer');
  return RATER_ROLES.filter((r) => r === 'self' || r === 'superior' || declared.has(r) || (r === 'employee' && !asksGroup));
}

/**
 * Every text a complete theme lacks, as paths (`items.2.text.superior.en`): a complete
 * theme asks its roles (completeRoles) and speaks every locale (da, en).
 */
export function missingThemeTexts(theme: AnyTheme): string[] {
  const missing: string[] = [];
  const check = (texts: SomeTexts | undefined, path: string) => missing.push(...missingIn(texts, path, LOCALES));
  check(theme.title, 'title');
  check(theme.about.what, 'about.what');
  check(theme.about.why, 'about.why');
  if (theme.about.how) check(theme.about.how, 'about.how');
  const roles = completeRoles(theme);
  for (const role of roles) check(theme.intro[role], `intro.${role}`);
  theme.items.forEach((item, i) => {
    check(item.label, `items.${i}.label`);
    for (const role of roles) check(item.text[role], `items.${i}.text.${role}`);
  });
  // An open question is worded for every role the theme declares: whoever sees the statements may answer it.
  (theme.questions ?? []).forEach((q, i) => {
    check(q.label, `questions.${i}.label`);
    for (const role of theme.roles) check(q.text[role], `questions.${i}.text.${role}`);
  });
  if (theme.framing) {
    check(theme.framing.neutral, 'framing.neutral');
    for (const [sector, texts] of Object.entries(theme.framing.sectors ?? {})) check(texts, `framing.sectors.${sector}`);
    if (theme.framing.note) check(theme.framing.note, 'framing.note');
  }
  const guidance = theme.guidance;
  if (guidance) {
    check(guidance.title, 'guidance.title');
    for (const level of ['organisation', 'leader'] as const) {
      const g = guidance[level];
      if (!g) continue;
      const at = `guidance.${level}`;
      check(g.title, `${at}.title`);
      for (const key of ['intro', 'questionsIntro', 'casesIntro'] as const) if (g[key]) check(g[key], `${at}.${key}`);
      g.questions.forEach((q, i) => check(q, `${at}.questions.${i}`));
      g.cases.forEach((c, i) => {
        check(c.title, `${at}.cases.${i}.title`);
        check(c.body, `${at}.cases.${i}.body`);
      });
    }
  }
  return missing;
}

/** Fails (throws) unless every item has every role's text in every locale, listing each missing text. */
export function expectThemeComplete(theme: AnyTheme): void {
  const missing = missingThemeTexts(theme);
  if (missing.length) {
    throw new Error(`theme "${theme.id}" is incomplete; missing texts:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  }
}
