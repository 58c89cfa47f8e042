import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { reports as plugins } from '@spejl/plugin-registry';
import { testEngines } from '@spejl/db/testing';
import { createUser, DEMO_LEADER_EMAIL, DEMO_TENANT_SLUG, demoOnStart, demoPasswords, myReports } from '../../src/index.ts';

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
    expect(second).toEqual({ seeded: false, credentials: first.credentials });
    const tenants = await handle.db.selectFrom('tenants').select(['slug', 'name']).execute();
    expect(tenants).toEqual([{ slug: DEMO_TENANT_SLUG, name: 'Egeskov Kommune' }]);
    expect(first.credentials?.leader?.email).toBe(DEMO_LEADER_EMAIL);
    expect(new Set([first.credentials?.operator.password, first.credentials?.admin.password, first.credentials?.leader?.password]).size).toBe(3);
  });

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
      expect(mine.map((r) => r.name)).toEqual(['Ledelsesevaluering 2025']);
      expect(mine[0]!.own?.personId).toBe(member.person_id);
      expect(mine[0]!.directReports.length).toBeGreaterThan(0);
    });
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
