import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { closeRound, createRound, launchRound, themeSourceOf } from '../../src/rounds/index.ts';
import { DEFAULT_GUESS_LIMITS, newDeviceKey, openSurvey, saveSurveyForm, parseToken } from '../../src/survey/index.ts';
import { CODE_ALPHABET, CODE_BITS, letterCodeHash, parseLetterCode, printLetters, redeemLetterCode, UnknownLetterCodeError } from '../../src/letters/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from '../rounds/fixtures.ts';

const DEPS = { linkKey: TEST_LINK_KEY, publicUrl: 'https://spejl.example/' };
/** Two of Egeskov's employees have no e-mail address: they get letters. */
const NO_MAIL = ['1006', '1007'];
const PEOPLE = EGESKOV.map((p) => (NO_MAIL.includes(p.personId) ? { ...p, email: null } : p));

describe('letter codes', () => {
  it('are unguessable at the survey guess limiter\'s rate', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(CODE_BITS).toBeGreaterThan(59);
    // 10,000 address groups, each at the limiter's rate for 30 days, against 100,000 live codes.
    const perMinute = DEFAULT_GUESS_LIMITS.perClient * (60_000 / DEFAULT_GUESS_LIMITS.windowMs);
    const guesses = 10_000 * perMinute * 60 * 24 * 30;
    expect(guesses * 100_000 / 2 ** CODE_BITS).toBeLessThan(0.002);
  });

  it('are read as typed (case, dashes and spaces do not matter) and refuse look-alike characters', () => {
    expect(parseLetterCode('abcd-efgh-jkmn')).toBe('ABCDEFGHJKMN');
    expect(parseLetterCode(' ABCD EFGH JKMN ')).toBe('ABCDEFGHJKMN');
    for (const bad of ['ABCD-EFGH-JKM0', 'ABCD-EFGH-JKMI', 'ABCD-EFGH-JKML', 'ABCD-EFGH-JKM1', 'ABCD-EFGH-JKMNP', 'ABCD-EFGH-JKM', '']) {
      expect(parseLetterCode(bad)).toBeNull();
    }
  });
});

describe.each(testEngines())('printed letters on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  let otherTenantId: string;
  let roundId: string;
  let otherRoundId: string;
  const print = (tenant: string, input: Parameters<typeof printLetters>[4]) => withTenant(handle.db, tenant, (tx) => printLetters(tx, tenant, null, DEPS, input));
  const codeOf = (batch: { letters: { personId: string; code: string }[] }, personId: string) => batch.letters.find((l) => l.personId === personId)!.code;

  async function openRound(tenant: string, slug: string): Promise<string> {
    return withTenant(handle.db, tenant, async (tx) => {
      const round = await createRound(tx, tenant, { name: `Forår ${slug}`, themes: [{ id: 'borgerorientering' }] }, themeSourceOf([THEME]));
      await launchRound(tx, tenant, round.id, { snapshots: memorySnapshots(PEOPLE), linkKey: TEST_LINK_KEY });
      return round.id;
    });
  }

  beforeAll(async () => {
    handle = await engine.open();
    const tenant = (slug: string) => handle.db.insertInto('tenants').values({ slug, name: slug, sector: 'kommune', branding: '{}' }).returning('id').executeTakeFirstOrThrow();
    tenantId = (await tenant('egeskov-letters')).id;
    otherTenantId = (await tenant('valdemar-letters')).id;
    roundId = await openRound(tenantId, 'egeskov');
    otherRoundId = await openRound(otherTenantId, 'valdemar');
  });
  afterAll(() => handle?.close());

  it('prints one letter per respondent without e-mail, and keeps no code and no link in clear', async () => {
    const batch = await print(tenantId, { roundId });
    expect(batch.kind).toBe('invitation');
    expect(batch.letters.map((l) => l.personId).sort()).toEqual(NO_MAIL);
    const letter = batch.letters[0]!;
    expect(letter.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(letter.typedUrl).toBe(`https://spejl.example/s/${letter.code}`);
    expect(letter.qrUrl).toBe(`https://spejl.example/s/#${letter.code.replaceAll('-', '')}`);
    const stored = JSON.stringify([
      await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('round_respondents').selectAll().execute()),
      await handle.db.selectFrom('letter_code_routes').selectAll().execute(),
      await withTenant(handle.db, tenantId, (tx) => tx.selectFrom('audit_log').selectAll().execute()),
    ]);
    for (const l of batch.letters) {
      expect(stored).not.toContain(l.code.replaceAll('-', ''));
      expect(stored).toContain(letterCodeHash(TEST_LINK_KEY, parseLetterCode(l.code)!));
    }
    expect(stored).toContain('round.letters.print');
  });

  it('opens the respondent\'s own survey from a typed code, and never another tenant\'s', async () => {
    const batch = await print(tenantId, { roundId, personIds: ['1006'] });
    const { token } = await redeemLetterCode(handle.db, TEST_LINK_KEY, codeOf(batch, '1006').toLowerCase());
    expect(parseToken(token)?.tenantId).toBe(tenantId);
    const survey = await openSurvey(handle.db, token, 'da');
    expect(survey.respondent.name).toBe('Jens Lund');
    // A route forged to point the code at another tenant finds nobody there.
    const hash = letterCodeHash(TEST_LINK_KEY, parseLetterCode(codeOf(batch, '1006'))!);
    await handle.db.updateTable('letter_code_routes').set({ tenant: otherTenantId }).where('code_hash', '=', hash).execute();
    await expect(redeemLetterCode(handle.db, TEST_LINK_KEY, codeOf(batch, '1006'))).rejects.toBeInstanceOf(UnknownLetterCodeError);
    await handle.db.updateTable('letter_code_routes').set({ tenant: tenantId }).where('code_hash', '=', hash).execute();
    // The other tenant's own letters open only their own people.
    const other = await print(otherTenantId, { roundId: otherRoundId, personIds: ['1006'] });
    expect(parseToken((await redeemLetterCode(handle.db, TEST_LINK_KEY, codeOf(other, '1006'))).token)?.tenantId).toBe(otherTenantId);
    // An admin of one tenant cannot print for another tenant's round.
    await expect(print(tenantId, { roundId: otherRoundId })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('makes an earlier letter\'s code stop working when letters are printed again', async () => {
    const first = await print(tenantId, { roundId, personIds: ['1007'] });
    const second = await print(tenantId, { roundId, personIds: ['1007'] });
    await expect(redeemLetterCode(handle.db, TEST_LINK_KEY, codeOf(first, '1007'))).rejects.toBeInstanceOf(UnknownLetterCodeError);
    await expect(redeemLetterCode(handle.db, TEST_LINK_KEY, codeOf(second, '1007'))).resolves.toHaveProperty('token');
    const routes = await handle.db.selectFrom('letter_code_routes').select('code_hash').where('code_hash', '=', letterCodeHash(TEST_LINK_KEY, parseLetterCode(codeOf(first, '1007'))!)).execute();
    expect(routes).toEqual([]);
  });

  it('does not show the answers to the admin who printed the letter, and prints reminders only for the unfinished', async () => {
    const batch = await print(tenantId, { roundId });
    const respondentDevice = newDeviceKey();
    const { token } = await redeemLetterCode(handle.db, TEST_LINK_KEY, codeOf(batch, '1006'));
    await saveSurveyForm(handle.db, token, respondentDevice, { slot: 0, answers: [4, 2, 'dk', 5], submit: true });
    // The admin types the code from the PDF they printed, on their own browser (or with no device key).
    const { token: adminToken } = await redeemLetterCode(handle.db, TEST_LINK_KEY, codeOf(batch, '1006'));
    for (const device of [newDeviceKey(), null]) {
      const seen = await openSurvey(handle.db, adminToken, 'da', device);
      expect(seen.forms[0]).toMatchObject({ state: 'submitted', answers: null, otherDevice: true });
    }
    const reminders = await print(tenantId, { roundId, unfinishedOnly: true });
    expect(reminders.kind).toBe('reminder');
    expect(reminders.letters.map((l) => l.personId)).toEqual(['1007']);
  });

  it('prints nothing once the round is closed', async () => {
    await withTenant(handle.db, otherTenantId, (tx) => closeRound(tx, otherRoundId));
    await expect(print(otherTenantId, { roundId: otherRoundId })).rejects.toMatchObject({ kind: 'CONFLICT', coded: { code: 'letters.roundNotOpen' } });
  });
});
