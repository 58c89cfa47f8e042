import type { AnyTheme, ComparisonView, GroupScores, ItemAggregate, Locale, ThemeAggregate } from '@spejl/plugin-sdk';
import type { Database, Kysely } from '@spejl/db';
import { organisationScores } from './organisation-scores.ts';
import { pooled, shownOnly } from './sector-pooling.ts';

const SECTOR_LABELS: Record<string, Record<Locale, string>> = {
  kommune: { da: 'Andre kommuner', en: 'Other municipalities' },
  region: { da: 'Andre regioner', en: 'Other regions' },
  stat: { da: 'Andre statslige organisationer', en: 'Other state organisations' },
};

/** The sector comparison and how many other organisations of the sector contribute published figures from a closed round. */
export interface SectorBenchmark {
  /** Null when no figure could be published (fewer than three contributors to every theme). */
  readonly comparison: ComparisonView | null;
  readonly contributors: number;
}

/**
 * The employees' scores of the other organisations of a sector, each organisation counting once,
 * read tenant by tenant through withTenant and only from their filtered roll-ups. A figure is
 * published only when at least three organisations contribute to it; no comparison when none is.
 * The comparison carries pooled figures only: no organisation's name or own figure.
 */
export async function sectorBenchmark(db: Kysely<Database>, tenantId: string, themes: readonly AnyTheme[], locale: Locale): Promise<SectorBenchmark> {
  const subject = await db.selectFrom('tenants').select('sector').where('id', '=', tenantId).executeTakeFirstOrThrow();
  const others = await db.selectFrom('tenants').select('id').where('sector', '=', subject.sector).where('id', '!=', tenantId).orderBy('id').execute();
  const contributions: GroupScores[] = [];
  for (const other of others) {
    const organisation = await organisationScores(db, other.id, themes);
    // An organisation whose own filter withheld all its figures adds nothing and is not counted.
    if (organisation && organisation.forms > 0) contributions.push(organisation.scores);
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
