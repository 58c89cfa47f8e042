import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { reports as plugins } from '@spejl/plugin-registry';
import { testEngines } from '@spejl/db/testing';
import { createUser, currentPeople, DEMO_LEADER_EMAIL, loadRoundRollup, peerPairBreaches, peerRuleContext, rollupCsv, DEMO_TENANT_SLUG, demoLeaderIdentity, demoOnStart, demoPasswords, myReports, organisationScores, sectorBenchmark } from '../../src/index.ts';

describe.each(testEngines())('demo on start on $name', (engine) => {
  let handle: SpejlDatabase;
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'spejl-demo-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    handle = await engine.open();
  });
  afterAll(async () => {
    await handle?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('seeds an empty database once and repeats the same credentials afterwards', async () => {
    const dir = dataDir();
    const first = await demoOnStart(handle.db, dir);
    expect(first.seeded).toBe(true);
    expect(first.credentials?.operator.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(first.credentials?.admin.password).not.toBe(first.credentials?.operator.password);
    const second = await demoOnStart(handle.db, dir);
    expect(second).toEqual({ seeded: false, credentials: first.credentials, leader: first.leader });
    const tenants = await handle.db.selectFrom('tenants').select(['slug', 'name']).orderBy('name').execute();
    expect(tenants).toEqual([
      { slug: 'bogely', name: 'Bøgely Kommune' },
      { slug: DEMO_TENANT_SLUG, name: 'Egeskov Kommune' },
      { slug: 'fjordvig', name: 'Fjordvig Kommune' },
      { slug: 'lyngholm', name: 'Lyngholm Kommune' },
    ]);
    expect(first.credentials?.leader?.email).toBe(DEMO_LEADER_EMAIL);
    expect(new Set([first.credentials?.operator.password, first.credentials?.admin.password, first.credentials?.leader?.password]).size).toBe(3);
  }, 120_000); // seeding four municipalities answers ~3,000 forms one by one: ~6 s on one server, ~20 s on Citus

  it("binds the demo leader to a leader of the closed round whose own report has enough employees' forms to show", async () => {
    const tenant = await handle.db.selectFrom('tenants').select(['id', 'threshold']).where('slug', '=', DEMO_TENANT_SLUG).executeTakeFirstOrThrow();
    await withTenant(handle.db, tenant.id, async (tx) => {
      const member = await tx.selectFrom('memberships').innerJoin('user', 'user.id', 'memberships.user_id').select(['memberships.role', 'memberships.person_id', 'user.name'])
        .where('user.email', '=', DEMO_LEADER_EMAIL).executeTakeFirstOrThrow();
      expect(member.role).toBe('leader');
      const person = await tx.selectFrom('people').select('name').where('person_id', '=', member.person_id!).executeTakeFirstOrThrow();
      expect(member.name).toBe(person.name);
      const forms = await tx.selectFrom('round_forms').innerJoin('rounds', (j) => j.onRef('rounds.tenant_id', '=', 'round_forms.tenant_id').onRef('rounds.id', '=', 'round_forms.round_id'))
        .select((eb) => eb.fn.countAll<number>().as('n')).where('rounds.status', '=', 'closed').where('round_forms.subject_id', '=', member.person_id!)
        .where('round_forms.role', '=', 'employee').where('round_forms.submitted', '=', true).executeTakeFirstOrThrow();
      expect(Number(forms.n)).toBeGreaterThanOrEqual(tenant.threshold);
      const mine = await myReports(tx, tenant.id, { role: 'leader', personId: member.person_id }, plugins, 'da');
      // 2025 and the two archived rounds before it, whose reports show the development over time.
      expect(mine.map((r) => r.name)).toEqual(['Ledelsesevaluering 2025', 'Ledelsesevaluering 2024', 'Ledelsesevaluering 2023']);
      expect(mine[0]!.own?.personId).toBe(member.person_id);
      expect(mine[0]!.directReports.length).toBeGreaterThan(0);
    });
    // The start banner says who this is, so a newcomer knows whose report they will see.
    const member = await withTenant(handle.db, tenant.id, (tx) => tx.selectFrom('memberships').select('person_id').where('role', '=', 'leader').executeTakeFirstOrThrow());
    const person = await withTenant(handle.db, tenant.id, (tx) => tx.selectFrom('people').select(['name', 'unit_name']).where('person_id', '=', member.person_id!).executeTakeFirstOrThrow());
    const identity = await demoLeaderIdentity(handle.db, tenant.id);
    expect(identity).toMatchObject({ personId: member.person_id, name: person.name, unitName: person.unit_name });
    expect(identity!.directReports).toBeGreaterThan(identity!.leadersBelow);
    expect(identity!.leadersBelow).toBeGreaterThan(0);
  });

  it('gives last year\'s round peers from a standing list that keeps the rules, shown as their own group where enough answered and withheld elsewhere', async () => {
    const tenant = await handle.db.selectFrom('tenants').select('id').where('slug', '=', DEMO_TENANT_SLUG).executeTakeFirstOrThrow();
    await withTenant(handle.db, tenant.id, async (tx) => {
      const pairs = await tx.selectFrom('standing_peers').select(['subject_id', 'peer_id']).execute();
      expect(pairs.length).toBeGreaterThan(20);
      const context = peerRuleContext(await currentPeople(tx));
      expect(pairs.flatMap((p) => peerPairBreaches(context, { subjectId: p.subject_id, peerId: p.peer_id }))).toEqual([]);
      const round = await tx.selectFrom('rounds').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow();
      const peerForms = await tx.selectFrom('round_forms').select(['subject_id', 'answers']).where('round_id', '=', round.id).where('role', '=', 'peer').where('submitted', '=', true).execute();
      expect(peerForms.length).toBeGreaterThan(20);
      const rows = rollupCsv((await loadRoundRollup(tx, round.id)).rollup).trim().split('\n').map((line) => line.split(','));
      const peerThemeRows = rows.filter((r) => r[2] === 'peer' && r[4] === '*' && r[3] === 'samarbejde');
      expect(new Set(rows.filter((r) => r[2] === 'peer' && r.at(-1) === 'false').map((r) => r[3]))).toEqual(new Set(['samarbejde']));
      expect(peerThemeRows.every((r) => r[1] === 'direct')).toBe(true);
      expect(peerThemeRows.some((r) => r.at(-1) === 'false')).toBe(true);
      expect(peerThemeRows.some((r) => r.at(-1) === 'true')).toBe(true);
      // Employees are not asked samarbejde, and peers only samarbejde.
      expect(rows.filter((r) => r[2] === 'employee' && r[3] === 'samarbejde' && r[4] === '*').every((r) => r.at(-1) === 'true' && r[6] === '')).toBe(true);
      expect(rows.filter((r) => r[2] === 'peer' && r[3] !== 'samarbejde').every((r) => r[6] === '')).toBe(true);
    });
  });

  it('seeds three more municipalities of different sizes, each with a closed round answered differently, so Egeskov has a sector benchmark', async () => {
    const { themes } = await import('@spejl/plugin-registry');
    const means: number[] = [];
    for (const [slug, size] of [['bogely', 150], ['fjordvig', 400], ['lyngholm', 900]] as const) {
      const tenant = await handle.db.selectFrom('tenants').select(['id', 'sector']).where('slug', '=', slug).executeTakeFirstOrThrow();
      expect(tenant.sector).toBe('kommune');
      await withTenant(handle.db, tenant.id, async (tx) => {
        const people = await tx.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        expect(Number(people.n)).toBe(size);
        const rounds = await tx.selectFrom('rounds').select(['id', 'status', 'closed_at']).execute();
        expect(rounds).toHaveLength(1);
        expect(rounds[0]!.status).toBe('closed');
        expect(rounds[0]!.closed_at!.getTime()).toBeLessThan(Date.now() - 200 * 86_400_000);
        const slots = await tx.selectFrom('round_assignments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        const forms = await tx.selectFrom('round_forms').select((eb) => eb.fn.countAll<number>().as('n')).where('submitted', '=', true).executeTakeFirstOrThrow();
        // Most forms came back, not all.
        expect(Number(forms.n) / Number(slots.n)).toBeGreaterThan(0.6);
        expect(Number(forms.n) / Number(slots.n)).toBeLessThan(0.95);
      });
      const organisation = await organisationScores(handle.db, tenant.id, themes);
      const theme = organisation!.scores.themes.borgerorientering!.theme.employee!;
      expect(theme.suppressed).toBe(false);
      means.push(theme.suppressed ? Number.NaN : theme.mean!);
    }
    // Led differently: the small municipality best, the large one least well.
    expect(means[0]! - means[1]!).toBeGreaterThan(0.1);
    expect(means[1]! - means[2]!).toBeGreaterThan(0.1);
    const egeskov = await handle.db.selectFrom('tenants').select('id').where('slug', '=', DEMO_TENANT_SLUG).executeTakeFirstOrThrow();
    const benchmark = await sectorBenchmark(handle.db, egeskov.id, themes, 'da');
    expect(benchmark.contributors).toBe(3);
    expect(benchmark.comparison?.label).toBe('Andre kommuner (3)');
    for (const id of ['borgerorientering', 'faglig-ledelse']) {
      const scores = benchmark.comparison!.scores.themes[id]!;
      expect(scores.theme.employee?.suppressed).toBe(false);
      expect(Object.values(scores.items).every((i) => i.employee?.suppressed === false)).toBe(true);
    }
  });

  it("adds a leader password to a data directory that has only the operator's and the admin's", () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'demo-credentials.json'), JSON.stringify({ operator: 'operator-password-1', admin: 'admin-password-12' }));
    const passwords = demoPasswords(dir);
    expect(passwords).toMatchObject({ operator: 'operator-password-1', admin: 'admin-password-12', generated: false });
    expect(passwords.leader).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(JSON.parse(readFileSync(join(dir, 'demo-credentials.json'), 'utf8'))).toEqual({ operator: 'operator-password-1', admin: 'admin-password-12', leader: passwords.leader });
  });

  it('leaves a database with accounts alone and prints no credentials it does not know', async () => {
    await createUser(handle.db, { email: 'someone@example.org', name: 'Someone' });
    expect(await demoOnStart(handle.db, dataDir())).toEqual({ seeded: false });
  });
});
