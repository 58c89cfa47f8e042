import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { testEngines } from '@spejl/db/testing';
import { apiFixture, type ApiFixture } from './fixture.ts';

describe.each(testEngines())('themes router on $name', (engine) => {
  let f: ApiFixture;
  let tenantId: string;
  let admin: Awaited<ReturnType<ApiFixture['user']>>;

  async function rejection(promise: Promise<unknown>): Promise<TRPCError & { issues?: unknown }> {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  }

  beforeAll(async () => {
    f = await apiFixture(engine);
    ({ admin } = await f.tenantWithAdmin('odder'));
    tenantId = (await f.as(admin).tenant.mine())[0]!.id;
  });
  afterAll(() => f?.close());

  it('lets an admin switch a theme off and an analyst see the catalogue, but not a leader', async () => {
    await f.as(admin).themes.setEnabled({ tenantId, themeId: 'faglig-ledelse', enabled: false });
    const analyst = await f.user('Analytiker');
    await f.join(tenantId, analyst, 'analyst');
    const catalog = await f.as(analyst).themes.catalog({ tenantId });
    expect(catalog.themes.map((t) => [t.id, t.enabled])).toEqual([['borgerorientering', true], ['faglig-ledelse', false], ['samarbejde', true]]);
    expect(catalog.framing.sector).toBe('kommune');
    expect((await rejection(f.as(analyst).themes.setEnabled({ tenantId, themeId: 'faglig-ledelse', enabled: true }))).code).toBe('FORBIDDEN');
    const leader = await f.user('Leder');
    await f.join(tenantId, leader, 'leader');
    expect((await rejection(f.as(leader).themes.catalog({ tenantId }))).code).toBe('FORBIDDEN');
  });

  it('refuses framing with a placeholder as a bad request naming the field', async () => {
    const error = await rejection(f.as(admin).themes.saveFraming({ tenantId, framing: { defaultExample: { da: 'fx {{x}}' }, faggruppeExamples: [] } }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('defaultExample');
    const saved = await f.as(admin).themes.saveFraming({ tenantId, framing: { defaultExample: null, faggruppeExamples: [{ faggruppe: 'Lærer', example: { da: 'elever og forældre' } }] } });
    expect(saved.faggruppeExamples).toEqual([{ faggruppe: 'Lærer', example: { da: 'elever og forældre' } }]);
  });

  it('records who switched themes and saved framing in the audit log', async () => {
    const actions = (await f.as(admin).tenant.audit({ tenantId, limit: 50 })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['theme.disable', 'theme.framing']));
  });

  it('lets rounds use only switched-on themes, local questions included, pinned as they were', async () => {
    const question = (statement: string) => ({
      id: 'arbejdsro',
      label: { da: 'Arbejdsro' },
      text: { employee: { da: `Min leder ${statement}.` }, self: { da: `Jeg ${statement}.` }, superior: { da: `Lederen ${statement}.` } },
    });
    await f.as(admin).themes.saveLocalQuestions({ tenantId, questions: { expectedRevision: null, intro: null, items: [question('sikrer arbejdsro')] } });
    expect((await f.as(admin).rounds.themes({ tenantId })).map((t) => t.id)).toEqual(['borgerorientering', 'samarbejde', 'lokale']);

    const refused = await rejection(f.as(admin).rounds.create({ tenantId, settings: { name: 'Forår', themes: [{ id: 'faglig-ledelse' }] } }));
    expect(refused.code).toBe('BAD_REQUEST');
    const round = await f.as(admin).rounds.create({ tenantId, settings: { name: 'Forår', themes: [{ id: 'borgerorientering' }, { id: 'lokale' }] } });
    expect(round.items.filter((i) => i.theme === 'lokale')).toEqual([{ theme: 'lokale', item: 'arbejdsro' }]);

    // A later edit is a new revision; the round keeps the version it pinned.
    await f.as(admin).themes.saveLocalQuestions({ tenantId, questions: { expectedRevision: 1, intro: null, items: [question('skaber ro')] } });
    const pinned = (await f.as(admin).rounds.get({ tenantId, roundId: round.id })).themes.find((t) => t.id === 'lokale') as unknown as { version: string; items: { text: { employee: { da: string } } }[] };
    expect(pinned.version).toBe('1.1.0');
    expect(pinned.items[0]?.text.employee.da).toBe('Min leder sikrer arbejdsro.');
  });
});
