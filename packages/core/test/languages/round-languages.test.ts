import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase, type TenantTx } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { SpejlError } from '../../src/errors/spejl-error.ts';
import { applyPeopleImport, hierarchySnapshots, previewPeopleImport } from '../../src/hierarchy/index.ts';
import {
  addRoundLanguage, exportTranslationCsv, importTranslationFile, listRoundLanguages, removeRoundLanguage, saveTranslations, translationTable,
} from '../../src/languages/index.ts';
import { createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { openSurvey, personalToken } from '../../src/survey/index.ts';
import { TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const PEOPLE = [
  'person_id,name,email,manager_id,language',
  '1001,Birgitte Ravn,1001@x.dk,,', '1002,Ole Kjærgaard,1002@x.dk,1001,',
  '2001,Piotr Nowak,2001@x.dk,1002,PL', '2002,Layla Haddad,2002@x.dk,1002,ar', '2003,Jens Lund,2003@x.dk,1002,', '2004,Karen Dahl,2004@x.dk,1002,',
].join('\n');
const actor = { userId: null, via: 'console' as const };

/** The code a refusal carries, and its issues' codes. */
async function refusal(work: Promise<unknown>): Promise<{ code: string; issues: string[] }> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpejlError);
  const e = error as SpejlError;
  return { code: e.coded?.code ?? '', issues: e.issues.map((i) => i.code ?? '') };
}

describe.each(testEngines())("a round's languages on $name", (engine) => {
  let handle: SpejlDatabase;
  let tenantId = '';
  let otherTenant = '';
  let roundId = '';
  const inTenant = <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(handle.db, tenantId, fn);
  const stored = () => inTenant((tx) => tx.selectFrom('round_languages').select(['locale', 'texts']).where('tenant_id', '=', tenantId).orderBy('locale').execute());

  beforeAll(async () => {
    handle = await engine.open();
    const tenant = (slug: string) => handle.db.insertInto('tenants').values({ slug, name: 'Egeskov Kommune', sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    tenantId = (await tenant('languages')).id;
    otherTenant = (await tenant('languages-other')).id;
    await inTenant((tx) => applyPeopleImport(tx, { fileName: 'people.csv', bytes: encode(PEOPLE) }, { actor: { userId: null, label: 'test' }, source: 'cli' }));
    roundId = (await inTenant((tx) => createRound(tx, tenantId, { name: 'Måling 2026', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME])))).id;
  });
  afterAll(async () => handle?.close());

  it('reads the people file’s language column as a canonical BCP-47 tag and refuses one that is none, on its line', async () => {
    const people = await inTenant((tx) => tx.selectFrom('people').select(['person_id', 'language']).where('tenant_id', '=', tenantId).where('language', 'is not', null).orderBy('person_id').execute());
    expect(people).toEqual([{ person_id: '2001', language: 'pl' }, { person_id: '2002', language: 'ar' }]);
    const bad = await inTenant((tx) => previewPeopleImport(tx, { fileName: 'people.csv', bytes: encode(PEOPLE.replace(',PL', ',polsk!')) }));
    expect(bad.errors).toContainEqual(expect.objectContaining({ code: 'languages.badTag', line: 4, column: 'language' }));
  });

  it('adds Polish and Arabic, refuses Danish, a tag that is none and a language twice', async () => {
    expect(await inTenant((tx) => addRoundLanguage(tx, tenantId, roundId, 'PL', actor))).toEqual({ tag: 'pl' });
    await inTenant((tx) => addRoundLanguage(tx, tenantId, roundId, 'ar', actor));
    expect((await refusal(inTenant((tx) => addRoundLanguage(tx, tenantId, roundId, 'da', actor)))).code).toBe('languages.danishIsSource');
    expect((await refusal(inTenant((tx) => addRoundLanguage(tx, tenantId, roundId, '<script>', actor)))).code).toBe('languages.badTag');
    expect((await refusal(inTenant((tx) => addRoundLanguage(tx, tenantId, roundId, 'pl', actor)))).code).toBe('languages.exists');
    const list = await inTenant((tx) => listRoundLanguages(tx, roundId));
    expect(list.map((l) => [l.tag, l.name.da, l.dir])).toEqual([['pl', 'polsk', 'ltr'], ['ar', 'arabisk', 'rtl']]);
    expect(list[0]!.translated).toBe(0);
  });

  it('lists every text beside the Danish, saves translations, and refuses a mail text without the link (saving nothing)', async () => {
    const table = await inTenant((tx) => translationTable(tx, roundId, 'pl'));
    const keys = table.rows.map((r) => r.key);
    expect(keys).toContain('mail.invitation.body');
    expect(keys).toContain('theme.borgerorientering.item.kultur.employee');
    expect(keys).toContain('survey.form.next');
    expect(table.rows.find((r) => r.key === 'theme.borgerorientering.title')).toMatchObject({ da: 'Borgerorientering', en: 'Citizen orientation', text: null });

    const saved = await inTenant((tx) => saveTranslations(tx, tenantId, roundId, 'pl', [
      { key: 'theme.borgerorientering.title', text: 'Orientacja na obywatela' },
      { key: 'theme.borgerorientering.item.kultur.employee', text: 'Mój lider kultur' },
      { key: 'survey.form.next', text: 'Dalej' },
    ], actor));
    expect(saved).toEqual({ saved: 3, removed: 0 });
    const refused = await refusal(inTenant((tx) => saveTranslations(tx, tenantId, roundId, 'pl', [
      { key: 'theme.borgerorientering.title', text: 'Zmieniony' },
      { key: 'mail.invitation.body', text: 'Drogi {{name}}, bez linku' },
      { key: 'mail.invitation.subject', text: 'Ankieta {{link}}' },
    ], actor)));
    expect(refused).toEqual({ code: 'languages.fileRefused', issues: ['languages.linkMissing', 'languages.secretInSubject'] });
    expect((await stored()).find((l) => l.locale === 'pl')!.texts['theme.borgerorientering.title']).toBe('Orientacja na obywatela');
    const audit = await inTenant((tx) => tx.selectFrom('audit_log').select('action').where('tenant_id', '=', tenantId).where('action', 'like', 'languages.%').execute());
    expect(audit.map((a) => a.action).sort()).toEqual(['languages.add', 'languages.add', 'languages.translate']);
  });

  it('exports a formula-guarded CSV and imports it back translated; a file built to hurt changes nothing', async () => {
    const { csv } = await inTenant((tx) => exportTranslationCsv(tx, roundId, 'pl'));
    expect(csv.startsWith('\uFEFF"key";"da";"en";"pl"\r\n')).toBe(true);
    expect(csv).toContain('"theme.borgerorientering.title";"Borgerorientering";"Citizen orientation";"Orientacja na obywatela"');
    const translated = csv.replace('"Min leder balance";"My leader balance";', '"Min leder balance";"My leader balance";"Mój lider balance"');
    expect(await inTenant((tx) => importTranslationFile(tx, tenantId, roundId, 'pl', encode(translated), actor))).toEqual({ saved: 1, removed: 0 });

    const before = await stored();
    const header = '\uFEFFkey;da;en;pl\r\n';
    const attacks: [string, Uint8Array, string, string[]][] = [
      ['formula cells', encode(`${header}theme.borgerorientering.title;x;x;=HYPERLINK("http://evil","klik")\r\nsurvey.form.next;x;x;@SUM(A1)\r\n`), 'languages.fileRefused', ['languages.formula', 'languages.formula']],
      ['wrong keys', encode(`${header}theme.borgerorientering.title;x;x;Nowy\r\n__proto__;x;x;zły\r\nconstructor.prototype;x;x;zły\r\n`), 'languages.fileRefused', ['languages.unknownKey', 'languages.unknownKey']],
      ['a key twice', encode(`${header}survey.form.next;x;x;Dalej\r\nsurvey.form.next;x;x;Naprzód\r\n`), 'languages.fileRefused', ['languages.duplicateKey']],
      ['another language', encode('key;da;en;ar\r\nsurvey.form.next;x;x;التالي\r\n'), 'languages.otherLanguage', []],
      ['no columns it knows', encode('a;b\r\n1;2\r\n'), 'languages.badColumns', []],
      ['huge', new Uint8Array(3 * 1024 * 1024).fill(65), 'languages.fileTooLarge', []],
      ['too many rows', encode(header + Array.from({ length: 6000 }, (_, i) => `k${i};x;x;y`).join('\r\n')), 'languages.tooManyRows', []],
      // The file reader's own cap on a cell says it first, with its code.
      ['a too long text', encode(`${header}survey.form.next;x;x;${'a'.repeat(10_001)}\r\n`), 'file.cellTooLong', ['file.cellTooLong']],
    ];
    for (const [name, bytes, code, issues] of attacks) {
      const got = await refusal(inTenant((tx) => importTranslationFile(tx, tenantId, roundId, 'pl', bytes, actor)));
      expect({ name, ...got }).toEqual({ name, code, issues });
    }
    expect(await stored()).toEqual(before);
  });

  it("refuses another tenant's admin everything about the round, and keeps the languages of a launched round", async () => {
    const other = <T>(fn: (tx: TenantTx) => Promise<T>) => withTenant(handle.db, otherTenant, fn);
    expect((await refusal(other((tx) => addRoundLanguage(tx, otherTenant, roundId, 'uk', actor)))).code).toBe('round.notFound');
    expect((await refusal(other((tx) => saveTranslations(tx, otherTenant, roundId, 'pl', [{ key: 'survey.form.next', text: 'Hacked' }], actor)))).code).toBe('round.notFound');
    expect((await refusal(other((tx) => translationTable(tx, roundId, 'pl')))).code).toBe('round.notFound');
    expect((await refusal(other((tx) => exportTranslationCsv(tx, roundId, 'pl')))).code).toBe('round.notFound');
    // Even naming this tenant in the write from the other tenant's transaction finds no row (RLS).
    expect((await refusal(other((tx) => saveTranslations(tx, tenantId, roundId, 'pl', [{ key: 'survey.form.next', text: 'Hacked' }], actor)))).code).toBe('round.notFound');
    expect((await stored()).find((l) => l.locale === 'pl')!.texts['survey.form.next']).toBe('Dalej');

    await inTenant((tx) => launchRound(tx, tenantId, roundId, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY }));
    expect((await refusal(inTenant((tx) => removeRoundLanguage(tx, tenantId, roundId, 'ar', actor)))).code).toBe('round.settingsFrozen');
    // A translation may still be corrected while the round runs; the audit says it was during the round.
    await inTenant((tx) => saveTranslations(tx, tenantId, roundId, 'pl', [{ key: 'survey.form.next', text: 'Następna' }], actor));
    const last = await inTenant((tx) => tx.selectFrom('audit_log').select('details').where('tenant_id', '=', tenantId).where('action', '=', 'languages.translate').orderBy('at', 'desc').executeTakeFirstOrThrow());
    expect(last.details).toMatchObject({ locale: 'pl', duringRound: true, keys: ['survey.form.next'] });
  });

  it('shows a respondent with language pl the Polish texts, Danish marked where missing, and lets them switch', async () => {
    const respondents = await inTenant((tx) => tx.selectFrom('round_respondents').select(['person_id', 'locale', 'link_salt']).where('tenant_id', '=', tenantId).where('round_id', '=', roundId).orderBy('person_id').execute());
    expect(Object.fromEntries(respondents.map((r) => [r.person_id, r.locale]))).toMatchObject({ '2001': 'pl', '2002': 'ar', '2003': 'da' });
    const token = (id: string) => personalToken(TEST_LINK_KEY, tenantId, respondents.find((r) => r.person_id === id)!.link_salt);

    const polish = await openSurvey(handle.db, token('2001'), undefined);
    expect(polish.language).toMatchObject({ tag: 'pl', dir: 'ltr' });
    expect(polish.language.choices.map((c) => `${c.tag}:${c.name}`)).toEqual(['da:dansk', 'en:English', 'pl:polski', 'ar:العربية']);
    expect(polish.language.ui).toEqual({ 'form.next': 'Następna' });
    const theme = polish.forms[0]!.themes[0]!;
    expect(theme.title).toBe('Orientacja na obywatela');
    expect(theme.items.slice(0, 2).map((i) => i.text)).toEqual(['Mój lider kultur', 'Mój lider balance']);
    expect(theme.untranslated).toEqual(['intro', 'oplevet-kvalitet', 'vaerdi']);
    expect(theme.items[2]!.text).toBe('Min leder oplevet-kvalitet');

    const arabic = await openSurvey(handle.db, token('2002'), undefined);
    expect(arabic.language).toMatchObject({ tag: 'ar', dir: 'rtl' });
    const switched = await openSurvey(handle.db, token('2001'), 'en');
    expect(switched.language.tag).toBe('en');
    expect(switched.forms[0]!.themes[0]!).toMatchObject({ title: 'Citizen orientation', untranslated: [] });
    // A language the round does not have shows Danish, not an error.
    expect((await openSurvey(handle.db, token('2001'), 'tr')).language.tag).toBe('da');
  });
});
