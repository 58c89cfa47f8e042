import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSectorMunicipality, updateTenant, type SectorFigure, type SectorMunicipality, type Tenant } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import type { ReportBlock } from '@spejl/plugin-sdk';
import { closedEgeskovRound } from './egeskov-round.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

const spec = (slug: string, name: string, seed: number, levelShift: number): SectorMunicipality => ({
  slug, name, people: 70, seed, primaryColor: '#1d4f91', climate: { levelShift }, answered: 0.85, closedDaysAgo: 100,
});

const blocks = (d: { blocks: readonly ReportBlock[] }): ReportBlock[] => d.blocks.flatMap((b) => (b.type === 'section' ? [b, ...blocks(b)] : [b]));

/** The organisation's employee mean of a theme, computed straight from its stored forms (not through the roll-up). */
async function themeMeanFromForms(f: ApiFixture, tenantId: string, themeId: string): Promise<number> {
  return withTenant(f.db, tenantId, async (tx) => {
    const round = await tx.selectFrom('rounds').select('items').where('status', '=', 'closed').executeTakeFirstOrThrow();
    const at = round.items.flatMap((item, i) => (item.theme === themeId ? [i] : []));
    const forms = await tx.selectFrom('round_forms').select('answers').where('role', '=', 'employee').where('submitted', '=', true).execute();
    const scores = forms.flatMap((form) => {
      const valid = at.map((i) => Number(form.answers[i])).filter((code) => code >= 1 && code <= 5);
      return valid.length ? [valid.reduce((s, v) => s + v, 0) / valid.length] : [];
    });
    return scores.reduce((s, v) => s + v, 0) / scores.length;
  });
}

const mean = (figure: SectorFigure | undefined): number => {
  if (!figure?.shown) throw new Error(`expected a shown figure, got ${JSON.stringify(figure)}`);
  return figure.mean;
};

describe.each(testEngines())('the sector benchmark on $name', (engine) => {
  let f: ApiFixture;
  const made: Record<string, Tenant> = {};
  let admin: Awaited<ReturnType<ApiFixture['user']>>;

  beforeAll(async () => {
    f = await apiFixture(engine);
    made.aby = await seedSectorMunicipality(f.db, spec('aby', 'Åby Kommune', 11, 0.4), f.operator);
    made.bakke = await seedSectorMunicipality(f.db, spec('bakke', 'Bakke Kommune', 12, -0.3), f.operator);
    made.region = await seedSectorMunicipality(f.db, spec('region', 'Region Midtby', 13, 0), f.operator);
    await withTenant(f.db, made.region.id, (tx) => updateTenant(tx, made.region!.id, { sector: 'region' }, null));
    const empty = await f.tenantWithAdmin('tom');
    made.empty = empty.tenant;
    admin = empty.admin;
  });
  afterAll(() => f?.close());

  const benchmark = () => f.as(f.operator).operator.benchmark({ sector: 'kommune', locale: 'da' });

  it('lists the sector\'s organisations and shows each contributor\'s figures, but no sector figure while only two contribute', async () => {
    const overview = await benchmark();
    expect(overview.tenants.map((t) => [t.name, t.round?.name ?? null])).toEqual([
      ['Bakke Kommune', 'Ledelsesevaluering 2025'],
      ['Tenant tom', null],
      ['Åby Kommune', 'Ledelsesevaluering 2025'],
    ]);
    expect(overview.themes.map((t) => t.id)).toEqual(['borgerorientering', 'faglig-ledelse']);
    for (const row of overview.themes.flatMap((t) => [t, ...t.items])) {
      expect(row.sector).toEqual({ shown: false, reason: 'tooFewTenants' });
      expect(row.contributors).toBe(2);
      expect(row.tenants[made.aby!.id]!.shown).toBe(true);
      expect(row.tenants[made.empty!.id]).toBeUndefined();
    }
    const theme = overview.themes[0]!;
    expect(mean(theme.tenants[made.aby!.id])).toBeCloseTo(await themeMeanFromForms(f, made.aby!.id, 'borgerorientering'), 10);
    expect(mean(theme.tenants[made.bakke!.id])).toBeCloseTo(await themeMeanFromForms(f, made.bakke!.id, 'borgerorientering'), 10);
  });

  it('shows the sector mean once three organisations contribute, each counting once', async () => {
    made.cirkel = await seedSectorMunicipality(f.db, spec('cirkel', 'Cirkelby Kommune', 14, 0), f.operator);
    const overview = await benchmark();
    expect(overview.tenants.filter((t) => t.round).map((t) => t.name)).toEqual(['Bakke Kommune', 'Cirkelby Kommune', 'Åby Kommune']);
    const contributors = [made.aby!, made.bakke!, made.cirkel!];
    for (const theme of overview.themes) {
      const fromForms = await Promise.all(contributors.map((t) => themeMeanFromForms(f, t.id, theme.id)));
      expect(theme.contributors).toBe(3);
      expect(mean(theme.sector)).toBeCloseTo(fromForms.reduce((s, m) => s + m, 0) / 3, 10);
      for (const item of theme.items) {
        expect(item.contributors).toBe(3);
        expect(mean(item.sector)).toBeCloseTo(contributors.reduce((s, t) => s + mean(item.tenants[t.id]), 0) / 3, 10);
      }
    }
    // Led differently, and the sector mean lies between the best and the worst.
    const theme = overview.themes[0]!;
    expect(mean(theme.tenants[made.aby!.id])).toBeGreaterThan(mean(theme.sector));
    expect(mean(theme.tenants[made.bakke!.id])).toBeLessThan(mean(theme.sector));
  });

  it('leaves out an organisation whose own anonymity filter withholds its figures: it shows as withheld and does not count', async () => {
    const small = await f.tenantWithAdmin('lille');
    await f.as(f.operator).tenant.update({ tenantId: small.tenant.id, threshold: 40 });
    await closedEgeskovRound(f, small.admin, small.tenant.id);
    const overview = await benchmark();
    const theme = overview.themes.find((t) => t.id === 'borgerorientering')!;
    expect(theme.tenants[small.tenant.id]).toEqual({ shown: false, reason: 'withheld' });
    expect(theme.contributors).toBe(3);
    expect(overview.tenants.find((t) => t.id === small.tenant.id)?.round).toMatchObject({ name: 'Ledelsesevaluering 2026', forms: 0 });
  });

  it("lists every tenant's closed rounds for the operator's results page", async () => {
    const list = await f.as(f.operator).operator.closedRounds();
    const byName = Object.fromEntries(list.map((t) => [t.name, t.rounds.map((r) => r.name)]));
    expect(byName).toMatchObject({ 'Åby Kommune': ['Ledelsesevaluering 2025'], 'Region Midtby': ['Ledelsesevaluering 2025'], 'Tenant tom': [] });
  });

  it("never gives a tenant admin another tenant's figures: every benchmark path refuses, and the operator's per-round comparison carries only the pooled mean", async () => {
    await expect(f.as(admin).operator.benchmark({ sector: 'kommune' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(admin).operator.closedRounds()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(null).operator.benchmark({ sector: 'kommune' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const roundId = await closedEgeskovRound(f, admin, made.empty!.id);
    await expect(f.as(admin).reports.benchmark({ tenantId: made.empty!.id, roundId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await withTenant(f.db, made.aby!.id, (tx) => tx.selectFrom('rounds').select('id').executeTakeFirstOrThrow());
    await expect(f.as(admin).reports.benchmark({ tenantId: made.aby!.id, roundId: other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(admin).reports.document({ tenantId: made.aby!.id, roundId: other.id, reportId: 'tenant' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // What an operator could print for the tenant: the sector's pooled mean under the sector's name, nothing per organisation.
    const { document } = await f.as(f.operator).reports.benchmark({ tenantId: made.empty!.id, roundId });
    const text = JSON.stringify(document);
    for (const t of [made.aby!, made.bakke!, made.cirkel!, made.region!]) {
      expect(text).not.toContain(t.name);
      expect(text).not.toContain(t.slug);
      expect(text).not.toContain(t.id);
    }
    const sectorRow = blocks(document).flatMap((b) => (b.type === 'heatmap' ? b.rows : [])).find((r) => r.key === 'benchmark')!;
    expect(sectorRow.label).toBe('Andre kommuner (3)');
    const expected = (await benchmark()).themes.find((t) => t.id === 'borgerorientering')!;
    const others = [made.aby!, made.bakke!, made.cirkel!].map((t) => mean(expected.tenants[t.id]));
    const cell = sectorRow.cells[0];
    if (!cell || cell.suppressed) throw new Error('the sector cell should be shown');
    expect(cell.mean).toBeCloseTo(others.reduce((s, m) => s + m, 0) / 3, 10);
    for (const value of others) expect(Math.abs(cell.mean - value)).toBeGreaterThan(0.001);
  });
});
