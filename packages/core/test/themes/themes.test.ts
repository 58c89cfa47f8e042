import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { renderTheme } from '@spejl/plugin-sdk';
import { themes as platform } from '@spejl/plugin-registry';
import {
  listFaggrupper, listThemeChoices, loadFramingSettings, loadLocalQuestions, saveFramingSettings, saveLocalQuestions,
  setThemeEnabled, SpejlError, tenantExampleResolver, tenantThemes,
} from '../../src/index.ts';

const both = (da: string, en?: string) => ({ da, ...(en ? { en } : {}) });
const question = (id: string) => ({
  id,
  label: both('Arbejdsro', 'Focus'),
  text: {
    employee: both('Min leder sikrer arbejdsro, når vi har brug for det.', 'My leader ensures we can work undisturbed when we need to.'),
    self: both('Jeg sikrer arbejdsro, når mine medarbejdere har brug for det.', 'I ensure my employees can work undisturbed when they need to.'),
    superior: both('Lederen sikrer arbejdsro, når medarbejderne har brug for det.', 'The leader ensures the employees can work undisturbed when they need to.'),
  },
});

async function failure(promise: Promise<unknown>): Promise<SpejlError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpejlError);
  return error as SpejlError;
}

describe.each(testEngines())('tenant themes on $name', (engine) => {
  let handle: SpejlDatabase;
  let skole: string;
  let sygehus: string;
  const inTenant = <T>(tenantId: string, fn: Parameters<typeof withTenant<T>>[2]) => withTenant(handle.db, tenantId, fn);

  beforeAll(async () => {
    handle = await engine.open();
    const add = (slug: string, sector: 'kommune' | 'region') =>
      handle.db.insertInto('tenants').values({ slug, name: slug, sector, branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    skole = (await add('egeskov', 'kommune')).id;
    sygehus = (await add('region-nord', 'region')).id;
    await inTenant(skole, (tx) =>
      tx.insertInto('people').values([
        { tenant_id: skole, person_id: '1', name: 'A', email: null, manager_id: null, faggruppe: 'Lærer', unit_name: null, search_key: 'a' },
        { tenant_id: skole, person_id: '2', name: 'B', email: null, manager_id: '1', faggruppe: 'lærer ', unit_name: null, search_key: 'b' },
        { tenant_id: skole, person_id: '3', name: 'C', email: null, manager_id: '1', faggruppe: 'pædagog', unit_name: null, search_key: 'c' },
      ]).execute(),
    );
  });
  afterAll(() => handle?.close());

  it('offers every platform theme, switched on until an admin switches it off', async () => {
    await inTenant(skole, async (tx) => {
      expect((await listThemeChoices(tx, platform)).map((c) => `${c.id}:${c.enabled}`)).toEqual(['borgerorientering:true', 'faglig-ledelse:true', 'samarbejde:true']);
      await setThemeEnabled(tx, skole, platform, 'faglig-ledelse', false, null);
      await setThemeEnabled(tx, skole, platform, 'samarbejde', false, null);
      expect((await tenantThemes(tx, platform)).map((t) => t.id)).toEqual(['borgerorientering']);
    });
    await inTenant(sygehus, async (tx) => expect((await tenantThemes(tx, platform)).map((t) => t.id)).toEqual(['borgerorientering', 'faglig-ledelse', 'samarbejde']));
    const error = await failure(inTenant(skole, (tx) => setThemeEnabled(tx, skole, platform, 'ukendt', true, null)));
    expect(error.kind).toBe('NOT_FOUND');
  });

  it('resolves a respondent’s example: faggruppe, then the tenant default, then the sector', async () => {
    await inTenant(skole, (tx) => saveFramingSettings(tx, skole, { defaultExample: both('borgere i alle aldre'), faggruppeExamples: [{ faggruppe: 'Lærer', example: both('elever og forældre', 'pupils and parents') }] }));
    const borger = platform.find((t) => t.id === 'borgerorientering')!;
    await inTenant(skole, async (tx) => {
      const example = await tenantExampleResolver(tx, skole);
      expect(example(borger, ' LÆRER', 'da')).toBe('elever og forældre');
      expect(example(borger, 'pædagog', 'da')).toBe('borgere i alle aldre');
      expect(example(borger, 'pædagog', 'en')).toBe('service users, relatives, pupils and parents');
    });
    await inTenant(sygehus, async (tx) => {
      const example = await tenantExampleResolver(tx, sygehus);
      expect(example(borger, 'Lærer', 'da')).toBe('patienter og pårørende');
    });
  });

  it('resolves the example in Danish for a theme without English, never mixing languages', async () => {
    const danishOnly = { locales: ['da' as const], framing: { neutral: { da: 'borgerne' } } };
    await inTenant(sygehus, async (tx) => {
      const example = await tenantExampleResolver(tx, sygehus);
      expect(example(danishOnly, null, 'en')).toBe('borgerne');
    });
  });

  it('refuses framing with a raw placeholder and keeps what was saved', async () => {
    const error = await failure(inTenant(skole, (tx) => saveFramingSettings(tx, skole, { defaultExample: both('{{omraadeeksempel}}'), faggruppeExamples: [] })));
    expect(error.issues).toEqual([{ path: 'defaultExample.da', code: 'input.invalid', params: { field: 'defaultExample.da' }, message: 'may not contain "{{" or "}}": write the example itself, e.g. "elever og forældre"' }]);
    const kept = await inTenant(skole, (tx) => loadFramingSettings(tx, skole));
    expect(kept.defaultExample).toEqual({ da: 'borgere i alle aldre' });
  });

  it('lists the faggrupper of the people file, merging spellings', async () => {
    expect(await inTenant(skole, (tx) => listFaggrupper(tx))).toEqual([{ faggruppe: 'Lærer', people: 2 }, { faggruppe: 'pædagog', people: 1 }]);
    expect(await inTenant(sygehus, (tx) => listFaggrupper(tx))).toEqual([]);
  });

  it('makes local questions a theme like any other, per tenant', async () => {
    const saved = await inTenant(skole, (tx) => saveLocalQuestions(tx, skole, { expectedRevision: null, intro: null, items: [question('arbejdsro')] }, null));
    expect(saved.revision).toBe(1);
    expect(saved.theme).toMatchObject({ id: 'lokale', version: '1.1.0', locales: ['da', 'en'] });
    await inTenant(skole, async (tx) => {
      expect((await tenantThemes(tx, platform)).map((t) => t.id)).toEqual(['borgerorientering', 'lokale']);
      const theme = (await tenantThemes(tx, platform)).find((t) => t.id === 'lokale')!;
      expect(renderTheme(theme, { role: 'superior', locale: 'da', framing: null }).items[0]?.text).toBe('Lederen sikrer arbejdsro, når medarbejderne har brug for det.');
    });
    await inTenant(sygehus, async (tx) => expect((await loadLocalQuestions(tx)).theme).toBeNull());
  });

  it('refuses a stale save and invalid questions, storing nothing', async () => {
    const stale = await failure(inTenant(skole, (tx) => saveLocalQuestions(tx, skole, { expectedRevision: null, intro: null, items: [question('andet')] }, null)));
    expect(stale.kind).toBe('CONFLICT');
    const missingSelf = { ...question('ro'), text: { ...question('ro').text, self: { da: ' ' } } };
    const invalid = await failure(inTenant(skole, (tx) => saveLocalQuestions(tx, skole, { expectedRevision: 1, intro: null, items: [question('arbejdsro'), missingSelf] }, null)));
    expect(invalid.kind).toBe('BAD_INPUT');
    expect(invalid.issues).toContainEqual({ path: 'items.1.text.self.da', code: 'input.invalid', params: { field: 'items.1.text.self.da' }, message: 'missing the "da" text' });
    expect((await inTenant(skole, (tx) => loadLocalQuestions(tx))).revision).toBe(1);
  });
});
