import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { createUser, DEMO_TENANT_SLUG, demoOnStart } from '../../src/index.ts';

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
  });

  it('leaves a database with accounts alone and prints no credentials it does not know', async () => {
    await createUser(handle.db, { email: 'someone@example.org', name: 'Someone' });
    expect(await demoOnStart(handle.db, dataDir())).toEqual({ seeded: false });
  });
});
