import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { newDeviceKey, openSurvey, OtherDeviceError, personalToken, saveSurveyForm, type Answer } from '../../src/survey/index.ts';
import { setCommentThreshold, commentThresholdOf, SpejlError } from '../../src/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME_WITH_QUESTIONS as WITH_QUESTIONS } from '../rounds/fixtures.ts';

const GODT = 'borgerorientering.godt';
const BEDRE = 'borgerorientering.bedre';
const ANSWERS: Answer[] = [4, 4, 'dk', null];
const DEVICE = newDeviceKey();

async function refusal(promise: Promise<unknown>): Promise<SpejlError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpejlError);
  return error as SpejlError;
}

describe.each(testEngines())('comments stored with their form on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let otherTenantId: string;
  let roundId: string;
  const tokenOf = async (personId: string) => {
    const r = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_respondents').select('link_salt').where('round_id', '=', roundId).where('person_id', '=', personId).executeTakeFirstOrThrow());
    return personalToken(TEST_LINK_KEY, tenantId, r.link_salt);
  };
  const stored = () => withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_forms').select(['subject_id', 'role', 'comments', 'owner_key']).where('round_id', '=', roundId).execute());

  beforeAll(async () => {
    handle = await engine.open();
    const tenant = (slug: string) => handle.db.insertInto('tenants').values({ slug, name: slug, sector: 'kommune', threshold: 6, branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    tenantId = (await tenant('kommentar')).id;
    otherTenantId = (await tenant('nabo')).id;
    roundId = await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Med kommentarer', themes: [{ id: 'borgerorientering' }] }, themeSourceOf([WITH_QUESTIONS]));
      expect(round.questions).toEqual([GODT, BEDRE]);
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY });
      return round.id;
    });
  });
  afterAll(() => handle?.close());

  it('locks the comment threshold at launch: the default max(k, 5), here k = 6', async () => {
    const round = await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('rounds').select(['threshold', 'comment_threshold']).where('id', '=', roundId).executeTakeFirstOrThrow());
    expect(round).toEqual({ threshold: 6, comment_threshold: 6 });
    const content = await openSurvey(handle.db, await tokenOf('1006'), 'da', DEVICE);
    expect(content.round).toMatchObject({ threshold: 6, commentThreshold: 6, commentMaxLength: 2000 });
    expect(content.forms[0]?.themes[0]?.questions).toEqual([{ id: GODT, text: 'Hvad godt?' }, { id: BEDRE, text: 'Hvad bedre?' }]);
  });

  it('refuses a tenant comment threshold below k, and changing a launched round’s', async () => {
    const below = await refusal(withTenant(handle.db, tenantId, (tx) => setCommentThreshold(tx, tenantId, 5, null)));
    expect(below.coded?.code).toBe('comment.thresholdBelowK');
    expect(await withTenant(handle.db, tenantId, (tx) => setCommentThreshold(tx, tenantId, 8, null))).toEqual({ setting: 8, effective: 8 });
    expect(await withTenant(handle.db, tenantId, (tx) => commentThresholdOf(tx, tenantId))).toEqual({ setting: 8, effective: 8 });
    // The round launched with 6 keeps it.
    if (engine.name !== 'citus') {
      await expect(withTenant(handle.db, tenantId, (tx) => tx.updateTable('rounds').set({ comment_threshold: 9 }).where('id', '=', roundId).execute())).rejects.toThrow(/frozen since launch/);
    }
    await expect(withTenant(handle.db, tenantId, (tx) => tx.updateTable('rounds').set({ comment_threshold: 3 }).where('id', '=', roundId).execute())).rejects.toThrow(/rounds_comment_threshold_not_below_k|frozen since launch/);
  });

  it('stores a comment with the form, masked and cleaned on arrival, and gives it back to the saving device alone', async () => {
    const token = await tokenOf('1007');
    const receipt = await saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: ANSWERS, submit: false, comments: { [GODT]: ' Hun lytter.\r\nRing 241287-4321 ', [BEDRE]: '' } });
    // The receipt says what was kept, so the page can show the masked text without a reload.
    expect(receipt).toEqual({ slot: 0, submitted: false, comments: { [GODT]: 'Hun lytter.\nRing [fjernet]' } });
    const mine = await openSurvey(handle.db, token, 'da', DEVICE);
    expect(mine.forms[0]).toMatchObject({ state: 'saved', answers: ANSWERS, comments: { [GODT]: 'Hun lytter.\nRing [fjernet]' } });
    // An admin holding the printed letter (the link without the device) reads neither answers nor comments …
    const letter = await openSurvey(handle.db, token, 'da', null);
    expect(letter.forms[0]).toMatchObject({ answers: null, comments: null, otherDevice: true });
    // … and cannot overwrite them with their own.
    await expect(saveSurveyForm(handle.db, token, newDeviceKey(), { slot: 0, answers: ANSWERS, submit: true, comments: { [GODT]: 'skrevet af en anden' } })).rejects.toBeInstanceOf(OtherDeviceError);
    // The autosave replaces what was saved: a comment emptied is gone.
    await saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: ANSWERS, submit: true, comments: { [BEDRE]: '=HYPERLINK("http://x.example","klik")' } });
    expect((await openSurvey(handle.db, token, 'da', DEVICE)).forms[0]?.comments).toEqual({ [BEDRE]: '=HYPERLINK("http://x.example","klik")' });
    const rows = (await stored()).filter((f) => JSON.stringify(f.comments).includes('HYPERLINK'));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(await stored())).not.toContain('4321');
  });

  it('refuses, storing nothing, a comment over 2,000 characters and a comment to a question the round does not ask', async () => {
    const token = await tokenOf('1008');
    const long = await refusal(saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: ANSWERS, submit: true, comments: { [GODT]: 'å'.repeat(2001) } }));
    expect(long.coded).toEqual({ code: 'comment.tooLong', params: { limit: 2000, length: 2001 } });
    expect(long.message).not.toContain('ååå');
    const unknown = await refusal(saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: ANSWERS, submit: true, comments: { 'borgerorientering.kultur': 'x' } }));
    expect(unknown.coded?.code).toBe('comment.unknownQuestion');
    expect((await openSurvey(handle.db, token, 'da', DEVICE)).forms[0]?.state).toBe('new');
    // Exactly 2,000 characters is fine.
    await saveSurveyForm(handle.db, token, DEVICE, { slot: 0, answers: ANSWERS, submit: true, comments: { [GODT]: 'å'.repeat(2000) } });
  });

  it('keeps the database itself from storing an over-long or non-text comment, whatever path writes it', async () => {
    const write = (comments: string) => withTenant(handle.db, tenantId, (tx) => sql`
      insert into round_forms (tenant_id, round_id, subject_id, role, answers, comments, submitted, source)
      values (${tenantId}::uuid, ${roundId}::uuid, '1004', 'self', '{1,1,1,1}', ${comments}::jsonb, true, 'import')`.execute(tx));
    await expect(write(JSON.stringify({ [GODT]: 'x'.repeat(2001) }))).rejects.toThrow(/round_forms_comments_fit/);
    await expect(write(JSON.stringify({ [GODT]: 42 }))).rejects.toThrow(/round_forms_comments_fit/);
    await expect(write('["a"]')).rejects.toThrow(/round_forms_comments_fit/);
  });

  it('lets another tenant’s transaction see no comment at all', async () => {
    const seen = await withTenant(handle.db, otherTenantId, (tx) => tx.selectFrom('round_forms').select('comments').execute());
    expect(seen).toEqual([]);
  });

  it('keeps every comment through the close, in forms with no key left, readable per question and group', async () => {
    const before = (await stored()).map((f) => JSON.stringify([f.subject_id, f.role, f.comments])).sort();
    await withTenant(handle.db, tenantId, (tx) => closeRound(tx, roundId));
    const after = await stored();
    expect(after.map((f) => JSON.stringify([f.subject_id, f.role, f.comments])).sort()).toEqual(before);
    expect(after.filter((f) => f.owner_key !== null)).toEqual([]);
    const perQuestion = await withTenant(handle.db, tenantId, (tx) => sql<{ subject_id: string; role: string; text: string }>`
      select subject_id, role, comments ->> ${GODT} as text from round_forms
      where tenant_id = ${tenantId}::uuid and round_id = ${roundId}::uuid and comments ? ${GODT}`.execute(tx));
    expect(perQuestion.rows).toEqual([{ subject_id: '1004', role: 'employee', text: 'å'.repeat(2000) }]);
  });
});
