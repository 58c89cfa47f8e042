import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { archiveRound, closeRound, createRound, getRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { newDeviceKey, personalToken, saveSurveyForm } from '../../src/survey/index.ts';
import { importResponses } from '../../src/responses/index.ts';
import { commentsReleased, maskComment, releaseComments, reviewQueue, setCommentReview, SpejlError, type QueuedComment } from '../../src/index.ts';
import { hierarchySnapshots } from '../../src/hierarchy/index.ts';
import { storePeople } from '../peers/fixtures.ts';
import { EGESKOV, TEST_LINK_KEY, THEME_WITH_QUESTIONS } from '../rounds/fixtures.ts';

const GODT = 'borgerorientering.godt';
const BEDRE = 'borgerorientering.bedre';
const LINK_TEXT = 'Mads Bæk lytter, ring 12 34 56 78';
const HEADER = 'subject_id,rater_role,borgerorientering.kultur,borgerorientering.balance,borgerorientering.oplevet-kvalitet,borgerorientering.vaerdi,comment.borgerorientering.godt';
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n'));

async function refusal(promise: Promise<unknown>): Promise<SpejlError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpejlError);
  return error as SpejlError;
}

describe.each(testEngines())('the comment review queue and release gate on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let otherTenantId: string;
  let roundId: string;
  const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2], tenant = tenantId) => withTenant(handle.db, tenant, fn);
  const launched = async (tenant: string, name: string) => inTenant(async (tx) => {
    const round = await createRound(tx, tenant, { name, themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME_WITH_QUESTIONS]));
    await launchRound(tx, tenant, round.id, { snapshots: hierarchySnapshots, linkKey: TEST_LINK_KEY });
    return round.id;
  }, tenant);
  const queue = () => inTenant((tx) => reviewQueue(tx, roundId));
  const importForm = (comments: Record<string, string>) => inTenant((tx) => sql`
    insert into round_forms (tenant_id, round_id, subject_id, role, answers, comments, submitted, source)
    values (${tenantId}::uuid, ${roundId}::uuid, '1004', 'employee', '{4,4,4,4}', ${JSON.stringify(comments)}::jsonb, true, 'import')`.execute(tx));

  beforeAll(async () => {
    handle = await engine.open();
    const tenant = (slug: string) => handle.db.insertInto('tenants').values({ slug, name: slug, sector: 'kommune', threshold: 3, branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    tenantId = (await tenant('gennemsyn')).id;
    otherTenantId = (await tenant('nysgerrig')).id;
    await inTenant((tx) => setCommentReview(tx, tenantId, true, null));
    await inTenant((tx) => storePeople(tx, tenantId, EGESKOV));
    roundId = await launched(tenantId, 'Med gennemsyn');
    // All five of Mads Bæk's (1004) team answer, so his group reaches the comment threshold (max(k, 5)) and
    // its comments a report: the queue holds only comments some report will show.
    const salts = await inTenant((tx) => tx.selectFrom('round_respondents').select(['person_id', 'link_salt']).where('round_id', '=', roundId).where('person_id', 'in', ['1006', '1007', '1008', '1009', '1010']).orderBy('person_id').execute());
    for (const { person_id, link_salt } of salts) {
      const comments: Record<string, string> = person_id === '1006' ? { [GODT]: LINK_TEXT, [BEDRE]: 'Mere tid' } : {};
      await saveSurveyForm(handle.db, personalToken(TEST_LINK_KEY, tenantId, link_salt), newDeviceKey(), { slot: 0, answers: [4, 4, 4, 4], submit: true, comments });
    }
  });
  afterAll(() => handle?.close());

  it('locks review into the round at launch and keeps its comments unreleased through the close', async () => {
    const round = await inTenant((tx) => closeRound(tx, roundId));
    expect(round).toMatchObject({ commentReview: true, commentsReleasedAt: null });
    expect(await inTenant((tx) => commentsReleased(tx, roundId))).toBe(false);
    if (engine.name !== 'citus') {
      await expect(inTenant((tx) => tx.updateTable('rounds').set({ comment_review: false }).where('id', '=', roundId).execute())).rejects.toThrow(/comment review is frozen/);
    }
  });

  it('lists every comment pre-marked, with nothing that groups it by leader or author, in the same order each time', async () => {
    await importForm({ [GODT]: 'Skriv til ole.kjaergaard@egeskov.dk eller Ole Kjærgaard' });
    const first = await queue();
    expect(first.comments).toHaveLength(3);
    for (const c of first.comments) expect(Object.keys(c).sort()).toEqual(['questionId', 'questionLabel', 'ref', 'spans', 'text', 'textHash', 'themeTitle']);
    const linkComment = first.comments.find((c) => c.text === LINK_TEXT)!;
    expect(linkComment.spans).toEqual([{ start: 0, end: 8, kind: 'name' }, { start: 22, end: 33, kind: 'phone' }]);
    expect(linkComment.questionLabel).toEqual({ da: 'godt', en: 'godt' });
    // One form's two comments carry unrelated references: the queue does not link an author's answers.
    const refs = first.comments.map((c) => c.ref);
    expect(new Set(refs).size).toBe(3);
    expect((await queue()).comments.map((c) => c.ref)).toEqual(refs);
  });

  it('leaves out the comments of a group too small for any comment set, which the queue minus the reports would otherwise name', async () => {
    // Grethe Bach's (1013) team: one form, under the threshold, and nothing above takes it.
    await inTenant((tx) => sql`
      insert into round_forms (tenant_id, round_id, subject_id, role, answers, comments, submitted, source)
      values (${tenantId}::uuid, ${roundId}::uuid, '1013', 'employee', '{4,4,4,4}', ${JSON.stringify({ [GODT]: 'Kun vores lille hold' })}::jsonb, true, 'import')`.execute(tx));
    const texts = (await queue()).comments.map((c) => c.text);
    expect(texts).not.toContain('Kun vores lille hold');
    expect(texts).toContain(LINK_TEXT);
  });

  it('masks pre-marked and selected spans in place, audits without text, and refuses stale, overlapping or out-of-range spans', async () => {
    const target = (await queue()).comments.find((c) => c.text === LINK_TEXT)!;
    const mask = (spans: { start: number; end: number; kind: 'name' | 'phone' | 'email' | 'selection' }[], c: QueuedComment = target) =>
      inTenant((tx) => maskComment(tx, tenantId, roundId, { ref: c.ref, questionId: c.questionId, textHash: c.textHash, spans }, null));
    expect((await refusal(mask([{ start: 0, end: 8, kind: 'name' }, { start: 5, end: 8, kind: 'selection' }]))).coded?.code).toBe('commentReview.overlappingSpans');
    expect((await refusal(mask([{ start: 30, end: 40, kind: 'selection' }]))).coded?.code).toBe('commentReview.badSpan');
    const after = await mask([{ start: 0, end: 8, kind: 'name' }, { start: 22, end: 33, kind: 'phone' }]);
    expect(after.text).toBe('[fjernet] lytter, ring [fjernet]');
    expect(after.spans).toEqual([]);
    expect(after.ref).toBe(target.ref);
    // The text the first analyst saw is gone: a second masking of it is refused.
    const stale = await refusal(mask([{ start: 9, end: 15, kind: 'selection' }]));
    expect([stale.kind, stale.coded?.code]).toEqual(['CONFLICT', 'commentReview.textChanged']);
    const stored = await inTenant((tx) => tx.selectFrom('round_forms').select('comments').where('round_id', '=', roundId).execute());
    expect(JSON.stringify(stored)).not.toContain('Mads');
    expect(JSON.stringify(stored)).toContain('Mere tid');
    const audit = await inTenant((tx) => tx.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'comment.mask').execute());
    expect(audit).toEqual([{ action: 'comment.mask', details: { roundId, questionId: GODT, spans: 2, kinds: { name: 1, phone: 1 } } }]);
    expect(JSON.stringify(audit)).not.toMatch(/Mads|lytter|12 34/);
  });

  it('gives a curious admin of the tenant no way to put words in a respondent’s mouth or to move a mask to another comment', async () => {
    const target = (await queue()).comments.find((c) => c.questionId === BEDRE)!;
    const base = { ref: target.ref, questionId: target.questionId, textHash: target.textHash, spans: [{ start: 0, end: 4, kind: 'selection' as const }] };
    const attempt = (input: unknown) => refusal(inTenant((tx) => maskComment(tx, tenantId, roundId, input as never, null)).catch((e: unknown) => {
      throw e instanceof Error && e.name === 'ZodError' ? new SpejlError('BAD_INPUT', 'zod', []) : e;
    }));
    // A replacement text, or a span carrying one, is not part of a masking.
    expect((await attempt({ ...base, text: 'Lederen er fantastisk' })).kind).toBe('BAD_INPUT');
    expect((await attempt({ ...base, spans: [{ start: 0, end: 4, kind: 'selection', replacement: 'Super' }] })).kind).toBe('BAD_INPUT');
    // Only personal data is masked: not half a word (the "u" of "utilfreds"), not a "name" the server did not mark.
    expect((await attempt({ ...base, spans: [{ start: 0, end: 2, kind: 'selection' }] })).coded?.code).toBe('commentReview.partOfWord');
    // Nor a word the respondent chose that names no one ("Mere" opens the sentence, "tid" is no name), nor a blank.
    expect((await attempt({ ...base, spans: [{ start: 0, end: 4, kind: 'selection' }] })).coded).toEqual({ code: 'commentReview.notPersonalData', params: { index: 1 } });
    expect((await attempt({ ...base, spans: [{ start: 4, end: 5, kind: 'selection' }] })).coded?.code).toBe('commentReview.notPersonalData');
    expect((await attempt({ ...base, spans: [{ start: 5, end: 7, kind: 'selection' }] })).coded).toEqual({ code: 'commentReview.partOfWord', params: { index: 1 } });
    expect((await attempt({ ...base, spans: [{ start: 0, end: 4, kind: 'name' }] })).coded?.code).toBe('commentReview.notAMark');
    // The reference names one form's answer to one question: with another question it finds nothing.
    expect((await attempt({ ...base, questionId: GODT })).kind).toBe('NOT_FOUND');
    expect((await queue()).comments.find((c) => c.ref === target.ref)?.text).toBe('Mere tid');
  });

  it('keeps another tenant’s admin out of the queue, the masking and the release', async () => {
    const target = (await queue()).comments[0]!;
    const other = <T>(fn: Parameters<typeof withTenant<T>>[2]) => inTenant(fn, otherTenantId);
    expect((await refusal(other((tx) => reviewQueue(tx, roundId)))).kind).toBe('NOT_FOUND');
    expect((await refusal(other((tx) => maskComment(tx, otherTenantId, roundId, { ref: target.ref, questionId: target.questionId, textHash: target.textHash, spans: [{ start: 0, end: 1, kind: 'selection' }] }, null)))).kind).toBe('NOT_FOUND');
    expect((await refusal(other((tx) => releaseComments(tx, otherTenantId, roundId, null)))).kind).toBe('NOT_FOUND');
    expect((await queue()).comments[0]).toEqual(target);
  });

  it('lets the database itself take a comment only into its text with parts replaced by [fjernet]', async () => {
    const masked = async (before: string, after: string) => (await sql<{ ok: boolean }>`select comments_only_masked(${JSON.stringify({ q: before })}::jsonb, ${JSON.stringify({ q: after })}::jsonb) as ok`.execute(handle.db)).rows[0]!.ok;
    const text = 'Søren (+45 12 34 56 78) sagde: "ærligt?" 😀\n[fjernet] a.b*c$ \\d';
    expect(await masked(text, text)).toBe(true);
    expect(await masked(text, '[fjernet] (+45 [fjernet]) sagde: "ærligt?" 😀\n[fjernet] a.b*c$ \\d')).toBe(true);
    expect(await masked(text, '[fjernet]')).toBe(true);
    expect(await masked(text, 'Søren (+45 12 34 56 78) sagde: "nej" 😀\n[fjernet] a.b*c$ \\d')).toBe(false);
    expect(await masked(text, '[fjernet] er sød')).toBe(false);
    expect(await masked(text, text.replace('a.b', 'aXb'))).toBe(false);
    expect(await masked('Han er god', 'Han er [fjernet] god')).toBe(false);
    expect((await sql<{ ok: boolean }>`select comments_only_masked('{"q": "x"}'::jsonb, '{"q": "x", "r": "ny"}'::jsonb) as ok`.execute(handle.db)).rows[0]!.ok).toBe(false);
    if (engine.name === 'citus') return;
    await expect(inTenant((tx) => tx.updateTable('round_forms').set({ comments: sql`jsonb_set(comments, array[${BEDRE}], '"Lederen er fantastisk"')` })
      .where('round_id', '=', roundId).where(sql<boolean>`comments ? ${BEDRE}`).execute())).rejects.toThrow(/only have parts replaced by \[fjernet\]/);
  });

  it('refuses to touch a closed round’s forms in any other way (the database guard, single-server)', async () => {
    if (engine.name === 'citus') return;
    await expect(inTenant((tx) => tx.updateTable('round_forms').set({ answers: [1, 1, 1, 1] }).where('round_id', '=', roundId).execute())).rejects.toThrow(/can no longer change/);
  });

  /** Whether any raw page of round_forms still holds `text` (pageinspect, as a superuser carving old row versions would). */
  const inRawPages = async (text: string) => {
    await sql`create extension if not exists pageinspect`.execute(handle.db);
    const pages = Number((await sql<{ n: string }>`select (pg_relation_size('round_forms') / 8192)::text as n`.execute(handle.db)).rows[0]!.n);
    const needle = Buffer.from(text, 'utf8');
    for (let page = 0; page < pages; page++) {
      const raw = (await sql<{ bytes: Buffer }>`select get_raw_page('round_forms', ${page}) as bytes`.execute(handle.db)).rows[0]!.bytes;
      if (raw.includes(needle)) return true;
    }
    return false;
  };

  it('releases once, audited; then nothing can be masked or queued, and the gate opens', async () => {
    // The masked words are still in the old row version's page until the release rewrites the table.
    if (engine.name === 'postgres') expect(await inRawPages('Mads Bæk')).toBe(true);
    const target = (await queue()).comments.find((c) => c.text.includes('Ole'))!;
    // Archived first, the comments would never be released.
    expect((await refusal(inTenant((tx) => archiveRound(tx, roundId)))).coded?.code).toBe('commentReview.archiveBeforeRelease');
    await inTenant((tx) => releaseComments(tx, tenantId, roundId, null));
    expect(await inTenant((tx) => commentsReleased(tx, roundId))).toBe(true);
    expect((await inTenant((tx) => getRound(tx, roundId))).commentsReleasedAt).toBeInstanceOf(Date);
    if (engine.name === 'postgres') expect(await inRawPages('Mads Bæk')).toBe(false);
    expect((await refusal(inTenant((tx) => releaseComments(tx, tenantId, roundId, null)))).coded?.code).toBe('commentReview.alreadyReleased');
    expect((await refusal(queue())).coded?.code).toBe('commentReview.alreadyReleased');
    const late = await refusal(inTenant((tx) => maskComment(tx, tenantId, roundId, { ref: target.ref, questionId: target.questionId, textHash: target.textHash, spans: [{ start: 0, end: 5, kind: 'selection' }] }, null)));
    expect(late.coded?.code).toBe('commentReview.alreadyReleased');
    if (engine.name !== 'citus') {
      // Not even a direct statement rewrites a released round's comments, or un-releases it.
      await expect(inTenant((tx) => tx.updateTable('round_forms').set({ comments: '{}' }).where('round_id', '=', roundId).execute())).rejects.toThrow(/can no longer change/);
      await expect(inTenant((tx) => tx.updateTable('rounds').set({ comments_released_at: null }).where('id', '=', roundId).execute())).rejects.toThrow(/stay released/);
    }
    const audit = await inTenant((tx) => tx.selectFrom('audit_log').select('details').where('action', '=', 'comment.release').execute());
    expect(audit).toEqual([{ details: { roundId } }]);
    expect((await inTenant((tx) => archiveRound(tx, roundId))).status).toBe('archived');
  });

  it('queues comments of a file imported under review, and refuses comments in a file after release', async () => {
    const filed = await launched(tenantId, 'Fra fil');
    await inTenant((tx) => closeRound(tx, filed));
    const run = (bytes: Uint8Array) => inTenant((tx) => importResponses(tx, tenantId, filed, bytes, 'svar.csv'));
    await run(csv(`1004,employee,4,4,4,4,${'Jens Lund '.repeat(199)}`, ...Array.from({ length: 4 }, () => '1004,employee,4,4,4,4,')));
    const [long] = (await inTenant((tx) => reviewQueue(tx, filed))).comments;
    expect(long?.spans).toHaveLength(199);
    // 199 names of 9 characters masked by [fjernet] stay in bounds; 199 first names of 4 would not.
    const firstNames = Array.from({ length: 199 }, (_, i) => ({ start: i * 10, end: i * 10 + 4, kind: 'selection' as const }));
    const tooLong = await refusal(inTenant((tx) => maskComment(tx, tenantId, filed, { ref: long!.ref, questionId: GODT, textHash: long!.textHash, spans: firstNames }, null)));
    expect(tooLong.coded).toEqual({ code: 'commentReview.tooLongMasked', params: { length: long!.text.length + 199 * 5, limit: 2000 } });
    // A selection as long as a sentence is not personal data: it would take the respondent's words away.
    const sentence = await refusal(inTenant((tx) => maskComment(tx, tenantId, filed, { ref: long!.ref, questionId: GODT, textHash: long!.textHash, spans: [{ start: 0, end: 109, kind: 'selection' }] }, null)));
    expect(sentence.coded).toEqual({ code: 'commentReview.selectionTooLong', params: { index: 1, limit: 100 } });
    await inTenant((tx) => releaseComments(tx, tenantId, filed, null));
    const late = await refusal(run(csv('1005,employee,3,3,3,3,Sent ankommet')));
    expect(late.coded?.code).toBe('commentReview.importAfterRelease');
    // Nor forms without comments: reports show comments now, and new forms could move some to another set,
    // so the sets before and after would differ by a group under the threshold.
    expect((await refusal(run(csv('1005,employee,3,3,3,3,')))).coded?.code).toBe('comments.importAfterComments');
  });

  it('releases a round without review as it closes, and refuses to queue an open one', async () => {
    await inTenant((tx) => setCommentReview(tx, tenantId, false, null));
    const plain = await launched(tenantId, 'Uden gennemsyn');
    expect((await refusal(inTenant((tx) => reviewQueue(tx, plain)))).coded?.code).toBe('commentReview.roundNotClosed');
    expect(await inTenant((tx) => commentsReleased(tx, plain))).toBe(false);
    const closed = await inTenant((tx) => closeRound(tx, plain));
    expect(closed.commentReview).toBe(false);
    expect(closed.commentsReleasedAt).toEqual(closed.closedAt);
    expect(await inTenant((tx) => commentsReleased(tx, plain))).toBe(true);
  });
});
