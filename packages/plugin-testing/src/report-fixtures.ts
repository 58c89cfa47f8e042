import {
  themeContentView,
  type Agree5Answer, type AnyTheme, type GroupScores, type Locale, type RaterRole, type ReportScope, type ReportView,
  type RoleAggregates, type SuppressionReason, type ThemeAggregate, type ItemAggregate, type TrendPoint, type UnitView,
} from '@spejl/plugin-sdk';
import { aggregateItem, aggregateTheme } from './aggregate.ts';

/** The situations every report must handle; `renderOnFixtures` runs a report on each that fits its scope. */
export const SCENARIOS = ['published', 'employees-suppressed', 'dont-know', 'chain', 'tenant'] as const;
/** One fixture situation. */
export type Scenario = (typeof SCENARIOS)[number];

type Group = { employee: number | SuppressionReason; self: boolean; superior: boolean; seed: number; selfDontKnow?: boolean };

// Deterministic answers: varied values, an occasional *ved ikke*.
function answer(form: number, item: number, seed: number): Agree5Answer {
  if ((form + item + seed) % 9 === 0) return 'dk';
  return ((((form + seed) * 7 + item * 3) % 5) + 1) as Agree5Answer;
}

function groupScores(themes: readonly AnyTheme[], group: Group): GroupScores {
  const out: Record<string, { theme: RoleAggregates<ThemeAggregate>; items: Record<string, RoleAggregates<ItemAggregate>> }> = {};
  for (const theme of themes) {
    const formsOf = (role: RaterRole, count: number) =>
      Array.from({ length: count }, (_, f) => theme.items.map((_, i) => (role === 'self' && group.selfDontKnow && i === 0 ? 'dk' : answer(f + (role === 'employee' ? 0 : 40), i, group.seed))));
    const roles: [RaterRole, readonly (readonly Agree5Answer[])[] | SuppressionReason | null][] = [
      ['employee', typeof group.employee === 'number' ? formsOf('employee', group.employee) : group.employee],
      ['self', group.self ? formsOf('self', 1) : null],
      ['superior', group.superior ? formsOf('superior', 1) : null],
    ];
    const themeAgg: Record<string, ThemeAggregate | { suppressed: true; reason: SuppressionReason }> = {};
    const items: Record<string, Record<string, ItemAggregate | { suppressed: true; reason: SuppressionReason }>> = Object.fromEntries(theme.items.map((it) => [it.id, {}]));
    for (const [role, forms] of roles) {
      if (!forms || !theme.roles.includes(role)) continue;
      if (typeof forms === 'string') {
        themeAgg[role] = { suppressed: true, reason: forms };
        theme.items.forEach((it) => (items[it.id]![role] = { suppressed: true, reason: forms }));
        continue;
      }
      themeAgg[role] = aggregateTheme(forms);
      theme.items.forEach((it, i) => (items[it.id]![role] = aggregateItem(forms.map((f) => f[i] ?? null))));
    }
    out[theme.id] = { theme: themeAgg, items };
  }
  return { themes: out };
}

const rates = (invited: number, answered: number) => ({ employee: { invited, answered }, self: { invited: 1, answered: 1 }, superior: { invited: 1, answered: 1 } });

function unit(themes: readonly AnyTheme[], key: string, leaderName: string, unitName: string, employee: number | SuppressionReason, seed: number): UnitView {
  const answered = typeof employee === 'number' ? employee : 3;
  return {
    key, leaderName, unitName, depth: 1,
    scores: { direct: groupScores(themes, { employee, self: true, superior: true, seed }), chain: groupScores(themes, { employee, self: true, superior: true, seed }) },
    responseRates: { direct: rates(answered + 2, answered), chain: rates(answered + 2, answered) },
  };
}

/** A filtered view as the core would hand it to a report, for the given themes and situation. */
export function fixtureView(themes: readonly AnyTheme[], scenario: Scenario = 'published', locale: Locale = 'da'): ReportView {
  const scope: ReportScope = scenario === 'chain' ? 'chain' : scenario === 'tenant' ? 'tenant' : 'leader';
  const employees: Record<Scenario, number | SuppressionReason> = { published: 8, 'employees-suppressed': 'below-threshold', 'dont-know': 6, chain: 7, tenant: 40 };
  const direct = groupScores(themes, { employee: employees[scenario], self: true, superior: scenario !== 'tenant', seed: 1, selfDontKnow: scenario === 'dont-know' });
  const chain = groupScores(themes, { employee: scenario === 'employees-suppressed' ? 'below-threshold' : 24, self: true, superior: true, seed: 2 });
  const units = scope === 'leader' ? [] : [
    unit(themes, 'u1', 'Mads Bæk', 'Ågade Skole', 8, 3),
    unit(themes, 'u2', 'Lene Holm', 'Tandplejen', 'below-threshold', 4),
    unit(themes, 'u3', 'Søren Friis', 'Familiehuset', 'complementary', 5),
  ];
  return {
    scope,
    locale,
    threshold: 5,
    round: { name: locale === 'da' ? 'Ledelsesevaluering 2026' : 'Leadership evaluation 2026', closedAt: '2026-03-31T12:00:00.000Z' },
    subject: scope === 'tenant' ? { name: 'Egeskov Kommune', unitName: null } : { name: 'Ole Kjærgaard', unitName: 'Børn og Unge' },
    themes: themes.map((t) => themeContentView(t, locale, null)),
    scores: { direct: scope === 'tenant' ? null : direct, chain },
    responseRates: { direct: rates(scenario === 'employees-suppressed' ? 4 : 10, scenario === 'employees-suppressed' ? 3 : employees[scenario] as number), chain: rates(30, 24) },
    units,
    comparisons: [{ key: 'organisation', label: locale === 'da' ? 'Hele organisationen' : 'Whole organisation', scores: groupScores(themes, { employee: 120, self: true, superior: true, seed: 6 }) }],
    ...fixtureTrend(themes, scenario),
  };
}

/**
 * Since SDK 1.4: development over two earlier rounds where a scenario has it — published: one
 * comparable point and one refused for a change in forms; employees withheld: nothing comparable;
 * chain: a unit with no predecessor (split or new); tenant: the organisation over both rounds.
 */
function fixtureTrend(themes: readonly AnyTheme[], scenario: Scenario): Pick<ReportView, 'trend'> {
  const rounds = [
    { id: '00000000-0000-4000-8000-000000002024', name: 'Ledelsesevaluering 2024', closedAt: '2024-03-28T12:00:00.000Z' },
    { id: '00000000-0000-4000-8000-000000002025', name: 'Ledelsesevaluering 2025', closedAt: '2025-03-31T12:00:00.000Z' },
  ];
  const each = (points: (t: AnyTheme, i: number) => TrendPoint[]) => Object.fromEntries(themes.map((t, i) => [t.id, points(t, i)]));
  switch (scenario) {
    case 'published':
      return { trend: { group: 'direct', rounds, themes: each((_, i) => [{ shown: false, reason: 'count-change' }, { shown: true, mean: 3.2 + i / 10, n: 8 }]), unmatchedRounds: 0, threshold: 5 } };
    case 'employees-suppressed':
      return { trend: { group: 'direct', rounds, themes: each(() => [{ shown: false, reason: 'not-published' }, { shown: false, reason: 'not-published' }]), unmatchedRounds: 0, threshold: 5 } };
    case 'chain':
      return { trend: { group: 'chain', rounds: [], themes: each(() => []), unmatchedRounds: 2, threshold: 5 } };
    case 'tenant':
      return { trend: { group: 'organisation', rounds, themes: each((_, i) => [{ shown: true, mean: 3.1 + i / 10, n: 40 }, { shown: true, mean: 3.3 + i / 10, n: 40 }]), unmatchedRounds: 0, threshold: 5 } };
    default:
      return {};
  }
}
