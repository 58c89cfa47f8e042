import type { AnyTheme, ComparisonView, GroupScores, ItemAggregate, Locale, Suppressed, ThemeAggregate } from '@spejl/plugin-sdk';
import { withTenant, type Database, type Kysely } from '@spejl/db';
import { loadRoundRollup } from '../rollup/round-rollup.ts';
import { groupScores, suppressed, themePositions } from '../report-view/group-scores.ts';
import { tenantGroup } from '../scoring/groups.ts';

/** Fewer contributing organisations than this and a benchmark figure would expose one of them. */
export const BENCHMARK_MIN_TENANTS = 3;

const SECTOR_LABELS: Record<string, Record<Locale, string>> = {
  kommune: { da: 'Andre kommuner', en: 'Other municipalities' },
  region: { da: 'Andre regioner', en: 'Other regions' },
  stat: { da: 'Andre statslige organisationer', en: 'Other state organisations' },
};

type Shown<T> = Exclude<T, Suppressed>;

/** Each organisation's whole-organisation employee scores from its latest closed round, as its own filter published them. */
async function organisationScores(db: Kysely<Database>, tenantId: string, themes: readonly AnyTheme[]): Promise<GroupScores | null> {
  return withTenant(db, tenantId, async (tx) => {
    const round = await tx.selectFrom('rounds').select('id').where('status', 'in', ['closed', 'archived']).orderBy('closed_at', 'desc').executeTakeFirst();
    if (!round) return null;
    const { rollup } = await loadRoundRollup(tx, round.id);
    return groupScores(rollup, tenantGroup(rollup.tree), themePositions(rollup, themes));
  });
}

function pooled<T extends ThemeAggregate | ItemAggregate>(shown: readonly Shown<T>[]): T | Suppressed {
  const means = shown.flatMap((a) => (a.mean === null ? [] : [a.mean]));
  if (means.length < BENCHMARK_MIN_TENANTS) return suppressed('tooFewForms');
  const sum = (pick: (a: Shown<T>) => number) => shown.reduce((s, a) => s + pick(a), 0);
  const mean = means.reduce((s, m) => s + m, 0) / means.length;
  const base = { suppressed: false as const, forms: sum((a) => a.forms), n: sum((a) => a.n), mean, sd: null };
  if (!('counts' in shown[0]!)) return base as T;
  const items = shown as readonly ItemAggregate[];
  const counts = [0, 1, 2, 3, 4].map((v) => items.reduce((s, a) => s + a.counts[v]!, 0)) as unknown as ItemAggregate['counts'];
  return { ...base, dontKnow: items.reduce((s, a) => s + a.dontKnow, 0), counts } as T;
}

function shownOnly<T>(values: readonly (T | Suppressed | undefined)[]): Shown<T>[] {
  return values.filter((v): v is Shown<T> => !!v && !(v as Suppressed).suppressed) as Shown<T>[];
}

/** The sector comparison and how many other organisations of the sector have a closed round to contribute. */
export interface SectorBenchmark {
  /** Null when no figure could be published (fewer than three contributors to every theme). */
  readonly comparison: ComparisonView | null;
  readonly contributors: number;
}

/**
 * The employees' scores of the other organisations of a sector, each organisation counting once,
 * read tenant by tenant through withTenant and only from their filtered roll-ups. A figure is
 * published only when at least three organisations contribute to it; no comparison when none is.
 */
export async function sectorBenchmark(db: Kysely<Database>, tenantId: string, themes: readonly AnyTheme[], locale: Locale): Promise<SectorBenchmark> {
  const subject = await db.selectFrom('tenants').select('sector').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const others = await db.selectFrom('tenants').select('id').where('sector', '=', subject.sector).where('id', '!=', tenantId).orderBy('id').execute();
  const contributions: GroupScores[] = [];
  for (const other of others) {
    const scores = await organisationScores(db, other.id, themes);
    if (scores) contributions.push(scores);
  }
  let published = false;
  const out: Record<string, GroupScores['themes'][string]> = {};
  for (const theme of themes) {
    const themeAgg = pooled<ThemeAggregate>(shownOnly(contributions.map((c) => c.themes[theme.id]?.theme.employee)));
    published ||= !themeAgg.suppressed;
    const items = Object.fromEntries(theme.items.map((item) => [item.id, { employee: pooled<ItemAggregate>(shownOnly(contributions.map((c) => c.themes[theme.id]?.items[item.id]?.employee))) }]));
    out[theme.id] = { theme: { employee: themeAgg }, items };
  }
  if (!published) return { comparison: null, contributors: contributions.length };
  const label = SECTOR_LABELS[subject.sector]?.[locale] ?? subject.sector;
  return { comparison: { key: 'benchmark', label: `${label} (${contributions.length})`, scores: { themes: out } }, contributors: contributions.length };
}
