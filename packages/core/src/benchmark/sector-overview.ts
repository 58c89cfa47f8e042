import { textIn, type AnyTheme, type ItemAggregate, type Locale, type Suppressed, type ThemeAggregate } from '@spejl/plugin-sdk';
import type { Database, Kysely, Sector } from '@spejl/db';
import { organisationScores, type OrganisationScores } from './organisation-scores.ts';
import { BENCHMARK_MIN_TENANTS, pooled, shownOnly } from './sector-pooling.ts';

/** One figure of the overview: a published mean, or why there is none. */
export type SectorFigure =
  | { readonly shown: true; readonly mean: number; readonly n: number }
  /** `withheld`: the organisation's own anonymity filter withheld it; `tooFewTenants`: fewer than the minimum contribute; `notAsked`: not in the round. */
  | { readonly shown: false; readonly reason: 'withheld' | 'tooFewTenants' | 'notAsked' };

/** A theme or a statement: the sector's figure and each organisation's. */
export interface SectorRow {
  readonly id: string;
  readonly label: string;
  /** Organisations with a published mean here. */
  readonly contributors: number;
  readonly sector: SectorFigure;
  /** By tenant id. */
  readonly tenants: Readonly<Record<string, SectorFigure>>;
}

/** A theme's row and its statements' rows. */
export interface SectorTheme extends SectorRow {
  readonly items: readonly SectorRow[];
}

/** An organisation of the sector and the round it contributes, if any. */
export interface SectorTenant {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  /** Its IANA time zone, for saying when its round closed. */
  readonly timeZone: string;
  /** Its latest closed round; null when it has none and so does not contribute. */
  readonly round: { readonly id: string; readonly name: string; readonly closedAt: Date | null; readonly forms: number } | null;
}

/** The operator's benchmark of one sector. */
export interface SectorOverview {
  readonly sector: Sector;
  readonly minimum: number;
  readonly tenants: readonly SectorTenant[];
  readonly themes: readonly SectorTheme[];
}

type Aggregate = ThemeAggregate | ItemAggregate;

function figureOf(aggregate: Aggregate | Suppressed | undefined): SectorFigure {
  if (!aggregate) return { shown: false, reason: 'notAsked' };
  if (aggregate.suppressed || aggregate.mean === null) return { shown: false, reason: 'withheld' };
  return { shown: true, mean: aggregate.mean, n: aggregate.n };
}

function row<T extends Aggregate>(id: string, label: string, byTenant: readonly (readonly [string, T | Suppressed | undefined])[]): SectorRow {
  const shown = shownOnly<T>(byTenant.map(([, a]) => a));
  const sector = pooled<T>(shown);
  return {
    id,
    label,
    contributors: shown.filter((a) => a.mean !== null).length,
    sector: sector.suppressed ? { shown: false, reason: 'tooFewTenants' } : figureOf(sector),
    tenants: Object.fromEntries(byTenant.map(([tenantId, a]) => [tenantId, figureOf(a)])),
  };
}

function themeRows(themes: readonly AnyTheme[], contributions: readonly (readonly [string, OrganisationScores])[], locale: Locale): SectorTheme[] {
  // The benchmark compares employees' figures: a theme employees are not asked (samarbejde) has none.
  return themes
    .filter((theme) => theme.roles.includes('employee') && contributions.some(([, c]) => c.scores.themes[theme.id]))
    .map((theme) => {
      const of = (tenantScores: OrganisationScores) => tenantScores.scores.themes[theme.id];
      return {
        ...row<ThemeAggregate>(theme.id, textIn(theme.title, locale), contributions.map(([id, c]) => [id, of(c)?.theme.employee])),
        items: theme.items.map((item) => row<ItemAggregate>(item.id, textIn(item.label, locale), contributions.map(([id, c]) => [id, of(c)?.items[item.id]?.employee]))),
      };
    });
}

/**
 * Every organisation of a sector with its latest closed round, each one's whole-organisation
 * employee figures as its own anonymity filter published them (read in its own tenant
 * transaction), and the sector's figure only where at least BENCHMARK_MIN_TENANTS contribute.
 * For operators only: it names organisations beside their figures.
 */
export async function sectorOverview(db: Kysely<Database>, sector: Sector, themes: readonly AnyTheme[], locale: Locale): Promise<SectorOverview> {
  const rows = await db.selectFrom('tenants').select(['id', 'name', 'slug', 'time_zone as timeZone']).where('sector', '=', sector).execute();
  rows.sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id));
  const tenants: SectorTenant[] = [];
  const contributions: (readonly [string, OrganisationScores])[] = [];
  for (const tenant of rows) {
    const scores = await organisationScores(db, tenant.id, themes);
    tenants.push({ ...tenant, round: scores ? { ...scores.round, forms: scores.forms } : null });
    if (scores) contributions.push([tenant.id, scores]);
  }
  return { sector, minimum: BENCHMARK_MIN_TENANTS, tenants, themes: themeRows(themes, contributions, locale) };
}
