import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@spejl/db/testing';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { generateMunicipality } from '../../src/demo/municipality.ts';
import { demoPeopleStep, DEMO_PEOPLE } from '../../src/demo/people.ts';
import type { DemoContext } from '../../src/demo/steps.ts';
import { FaggruppeCatalog } from '../../src/hierarchy/faggrupper.ts';
import { buildForest } from '../../src/hierarchy/forest.ts';
import { listImports } from '../../src/hierarchy/import-history.ts';
import { peopleSummary } from '../../src/hierarchy/people-tree.ts';

describe('the made-up municipality', () => {
  it('is a valid, deterministic tree of Danish people with faggrupper the framings know', () => {
    const people = generateMunicipality({ people: 320 });
    expect(generateMunicipality({ people: 320 })).toEqual(people);
    expect(people).toHaveLength(320);
    const forest = buildForest(people);
    expect(forest.parent.filter((p) => p === -1)).toHaveLength(1);
    expect(new Set(people.map((p) => p.email)).size).toBe(320);
    expect(people.some((p) => /[æøå]/i.test(p.name))).toBe(true);
    const catalog = new FaggruppeCatalog();
    expect(people.every((p) => p.faggruppe !== null && catalog.canonical(p.faggruppe) === p.faggruppe)).toBe(true);
    for (const f of ['lærer', 'pædagog', 'sygeplejerske', 'SOSU-assistent', 'administration']) expect(people.map((p) => p.faggruppe)).toContain(f);
  });

  it('builds DESIGN.md\'s large tenant: 40,000 people, ~3,500 leaders, chains 8 deep', () => {
    const people = generateMunicipality({ people: 40_000 });
    const forest = buildForest(people);
    expect(people).toHaveLength(40_000);
    expect(Math.max(...forest.depth)).toBe(8);
    expect(forest.directReports.filter((n) => n > 0).length).toBe(3500);
  });
});

describe.each(testEngines())('demo people on $name', (engine) => {
  let handle: SpejlDatabase;
  beforeAll(async () => { handle = await engine.open(); });
  afterAll(() => handle?.close());

  it('seeds the demo tenant with a few hundred people through the import', async () => {
    const tenant = await handle.db.insertInto('tenants').values({ slug: 'demo-people', name: 'Egeskov', sector: 'kommune', branding: '{}' }).returningAll().executeTakeFirstOrThrow();
    const admin = await handle.db.insertInto('user').values({ id: 'admin-1', name: 'Anne Admin', email: 'admin@egeskov.example', emailVerified: true }).returningAll().executeTakeFirstOrThrow();
    await demoPeopleStep.run({ db: handle.db, tenant, admin } as unknown as DemoContext);
    const [summary, history] = await withTenant(handle.db, tenant.id, async (tx) => [await peopleSummary(tx), await listImports(tx)] as const);
    expect(summary).toMatchObject({ people: DEMO_PEOPLE, tops: 1 });
    expect(summary.leaders).toBeGreaterThan(30);
    expect(history).toMatchObject([{ source: 'demo', actor: 'admin@egeskov.example', actorUserId: 'admin-1', added: DEMO_PEOPLE }]);
  });
});
