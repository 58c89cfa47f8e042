import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderError } from '@spejl/core';
import { testEngines } from '@spejl/db/testing';
import { issuesOf } from '../src/errors.ts';
import { apiFixture, type ApiFixture } from './fixture.ts';

const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe.each(testEngines())('tenant router on $name', (engine) => {
  let f: ApiFixture;

  beforeAll(async () => {
    f = await apiFixture(engine);
  });
  afterAll(() => f?.close());

  it('lets an operator create a tenant with the documented defaults and lists it', async () => {
    const tenant = await f.as(f.operator).tenant.create({ name: 'Vejle Kommune', slug: 'vejle' });
    expect(tenant).toMatchObject({ name: 'Vejle Kommune', slug: 'vejle', sector: 'kommune', locale: 'da', threshold: 5, timeZone: 'Europe/Copenhagen', branding: {} });
    expect((await f.as(f.operator).tenant.list()).map((t) => t.slug)).toContain('vejle');
    const [entry] = await f.as(f.operator).tenant.audit({ tenantId: tenant.id });
    expect(entry).toMatchObject({ action: 'tenant.create', actorUserId: f.operator.id, target: 'vejle' });
  });

  it('refuses a threshold below 3, a bad colour and a non-image logo, naming each field', async () => {
    const error = await f
      .as(f.operator)
      .tenant.create({ name: 'X', slug: 'x-kommune', threshold: 2, branding: { primaryColor: 'red', logoDataUrl: 'data:text/html;base64,PGgxPg==' } })
      .then(
        () => ({ code: 'OK', cause: { issues: [] } }),
        (e: unknown) => e as { code: string; cause: { issues: { path: PropertyKey[] }[] } },
      );
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(error.cause.issues.map((i) => i.path.join('.')).sort()).toEqual(['branding.logoDataUrl', 'branding.primaryColor', 'threshold']);
    expect((await f.as(f.operator).tenant.list()).map((t) => t.slug)).not.toContain('x-kommune');
  });

  it('refuses a taken slug with CONFLICT', async () => {
    await f.as(f.operator).tenant.create({ name: 'Holbæk', slug: 'holbaek' });
    await expect(f.as(f.operator).tenant.create({ name: 'Holbæk 2', slug: 'holbaek' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps tenant creation and settings to operators', async () => {
    const { tenant, admin } = await f.tenantWithAdmin('odense');
    await expect(f.as(admin).tenant.create({ name: 'Mine', slug: 'mine' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(admin).tenant.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(admin).tenant.update({ tenantId: tenant.id, threshold: 3 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.as(null).tenant.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('updates branding and threshold, shows them to members as the current tenant, and audits the change', async () => {
    const { tenant, admin } = await f.tenantWithAdmin('aarhus');
    const updated = await f.as(f.operator).tenant.update({ tenantId: tenant.id, threshold: 7, branding: { primaryColor: '#112233', logoDataUrl: LOGO } });
    expect(updated).toMatchObject({ threshold: 7, branding: { primaryColor: '#112233', logoDataUrl: LOGO } });
    expect(await f.as(admin).tenant.current({ tenantId: tenant.id })).toMatchObject({ slug: 'aarhus', threshold: 7, role: 'admin', branding: { primaryColor: '#112233' } });
    // A brand colour white text cannot be read on is refused with the ratio, and nothing changes.
    await expect(f.as(f.operator).tenant.update({ tenantId: tenant.id, branding: { primaryColor: '#ffe066' } }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/1\.\d:1 with white text; choose a darker colour/) });
    expect((await f.as(admin).tenant.current({ tenantId: tenant.id })).branding).toMatchObject({ primaryColor: '#112233' });
    const [entry] = await f.as(admin).tenant.audit({ tenantId: tenant.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'tenant.update', actorUserId: f.operator.id, details: { fields: ['threshold', 'branding'] } });
  });

  it('sets the comment and peer thresholds in the patch, never the comment threshold below k, k of the same patch included, with coded errors', async () => {
    const { tenant, admin } = await f.tenantWithAdmin('middelfart');
    expect(await f.as(admin).tenant.current({ tenantId: tenant.id })).toMatchObject({ threshold: 5, peerThreshold: 3, commentThreshold: null });
    expect(await f.as(f.operator).tenant.update({ tenantId: tenant.id, commentThreshold: 6, peerThreshold: 4 })).toMatchObject({ commentThreshold: 6, peerThreshold: 4 });
    const refusal = async (patch: { threshold?: number; commentThreshold?: number | null }) => {
      const refused = (await f.as(f.operator).tenant.update({ tenantId: tenant.id, ...patch }).catch((e: unknown) => e)) as { code: string; cause: unknown };
      expect(refused.code).toBe('BAD_REQUEST');
      const [issue] = issuesOf(refused.cause);
      expect(issue).toMatchObject({ path: 'commentThreshold', code: 'comment.thresholdBelowK' });
      return renderError(issue!.code, issue!.params, 'da');
    };
    expect(await refusal({ commentThreshold: 4 })).toBe('Grænsen for kommentarer (4) kan ikke være lavere end anonymitetsgrænsen (5).');
    // Raising k above the comment threshold in the same patch, or above the one already set, is refused too.
    expect(await refusal({ threshold: 8, commentThreshold: 7 })).toBe('Grænsen for kommentarer (7) kan ikke være lavere end anonymitetsgrænsen (8).');
    await refusal({ threshold: 7 });
    expect(await f.as(admin).tenant.current({ tenantId: tenant.id })).toMatchObject({ threshold: 5, commentThreshold: 6 });
    // Both together, or k with the default (null) back, are fine.
    expect(await f.as(f.operator).tenant.update({ tenantId: tenant.id, threshold: 8, commentThreshold: 8 })).toMatchObject({ threshold: 8, commentThreshold: 8 });
    expect(await f.as(f.operator).tenant.update({ tenantId: tenant.id, threshold: 9, commentThreshold: null })).toMatchObject({ threshold: 9, commentThreshold: null });
    const [entry] = await f.as(admin).tenant.audit({ tenantId: tenant.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'tenant.update', details: { fields: ['threshold', 'commentThreshold'] } });
    await expect(f.as(admin).tenant.update({ tenantId: tenant.id, commentThreshold: 10 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps a time zone as its IANA name is spelt and refuses an unknown one with its code, changing nothing', async () => {
    const { tenant, admin } = await f.tenantWithAdmin('nuuk');
    expect(await f.as(f.operator).tenant.update({ tenantId: tenant.id, timeZone: ' america/st_johns ' })).toMatchObject({ timeZone: 'America/St_Johns' });
    expect(await f.as(f.operator).tenant.update({ tenantId: tenant.id, timeZone: 'America/Nuuk' })).toMatchObject({ timeZone: 'America/Nuuk' });
    expect(await f.as(admin).tenant.current({ tenantId: tenant.id })).toMatchObject({ timeZone: 'America/Nuuk' });
    for (const zone of ['Europe/Kobenhavn', '+01:00', 'Copenhagen']) {
      const refused = (await f.as(f.operator).tenant.update({ tenantId: tenant.id, timeZone: zone }).catch((e: unknown) => e)) as { code: string; cause: unknown };
      expect(refused.code, zone).toBe('BAD_REQUEST');
      const [issue] = issuesOf(refused.cause);
      expect(issue).toMatchObject({ path: 'timeZone', code: 'tenant.unknownTimeZone', params: { zone } });
      expect(renderError(issue!.code, issue!.params, 'da')).toBe(`"${zone}" er ikke en tidszone. Skriv den som et IANA-navn, fx Europe/Copenhagen.`);
    }
    await expect(f.as(f.operator).tenant.create({ name: 'Tidløs', slug: 'tidlos', timeZone: 'Nowhere/Land' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // The zone is the operator's to set: the tenant's own admin cannot move its clocks.
    await expect(f.as(admin).tenant.update({ tenantId: tenant.id, timeZone: 'UTC' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await f.as(f.operator).tenant.list()).map((t) => t.slug)).not.toContain('tidlos');
    expect((await f.as(admin).tenant.current({ tenantId: tenant.id })).timeZone).toBe('America/Nuuk');
  });

  it("lists a member's own tenants in the switcher, and every tenant for operators", async () => {
    const { tenant: a, admin } = await f.tenantWithAdmin('kolding');
    const { tenant: b } = await f.tenantWithAdmin('fredericia');
    await f.join(b.id, admin, 'analyst');
    expect((await f.as(admin).tenant.mine()).map((t) => [t.slug, t.role])).toEqual([
      ['fredericia', 'analyst'],
      ['kolding', 'admin'],
    ]);
    const all = await f.as(f.operator).tenant.mine();
    expect(all.map((t) => t.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(new Set(all.map((t) => t.role))).toEqual(new Set(['operator']));
  });
});
