import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { createMailer } from '../../src/mail/index.ts';
import { anonymitySentence } from '../../src/rounds/messages/anonymity-sentence.ts';
import { renderRoundMail } from '../../src/rounds/messages/mail-text.ts';
import { createRound, DEFAULT_ROUND_TEXTS, launchRound, runMailJobs, themeSourceOf } from '../../src/rounds/index.ts';
import { EGESKOV, memorySnapshots, TEST_LINK_KEY, THEME } from './fixtures.ts';

const DAY = 86_400_000;
const ANONYMOUS = 'Dine svar om din leder er anonyme';
const SELF = 'Dine svar om dig selv er ikke anonyme: de vises for sig som din egen vurdering ("Leder selv")';
const SUPERIOR = 'er ikke anonyme: de vises for sig som den overordnede leders vurdering ("Overordnet leder")';

describe('the anonymity sentence of a round mail', () => {
  it('promises anonymity only for answers about one\'s own leader, at the round\'s threshold, in Danish and English', () => {
    expect(anonymitySentence(['employee'], 3, 'da', 3)).toBe('Dine svar om din leder er anonyme: de vises kun samlet, når mindst 3 har svaret.');
    expect(anonymitySentence(['superior', 'self'], 3, 'da', 3)).not.toContain(ANONYMOUS);
    expect(anonymitySentence(['superior', 'self'], 3, 'da', 3).indexOf('dig selv')).toBeLessThan(anonymitySentence(['superior', 'self'], 3, 'da', 3).indexOf('overordnet'));
    expect(anonymitySentence(['employee'], 7, 'en', 3)).toBe('Your answers about your leader are anonymous: they are only shown combined, when at least 7 people have answered.');
    expect(anonymitySentence(['self'], 7, 'en', 3)).toContain('not anonymous');
    expect(anonymitySentence([], 5, 'da', 3)).toBe('');
  });

  it('promises a peer anonymity at the peers\' own threshold, apart from the employees\'', () => {
    expect(anonymitySentence(['peer'], 5, 'da', 4)).toBe('Dine svar som sideordnet leder er anonyme: de vises kun samlet med andre sideordnede lederes svar, når mindst 4 har svaret, og aldrig sammen med medarbejdernes.');
    const both = anonymitySentence(['peer', 'employee'], 6, 'en', 3);
    expect(both).toContain('when at least 6 people have answered');
    expect(both).toContain('when at least 3 peers have answered');
    expect(both.indexOf('your leader')).toBeLessThan(both.indexOf('as a peer'));
  });

  it('says the true sentence in a round saved with the old everyone-is-anonymous default text', () => {
    const old = { subject: 'Måling', body: 'Kære {{name}}\n\nVelkommen. Dine svar om din leder er anonyme: de vises kun samlet, når mindst {{threshold}} har svaret.\n\n{{link}}' };
    const fields = { name: 'Birgitte Ravn', round: 'Forår', link: 'https://spejl.example/s/#x', closes: new Date('2026-05-01T10:00:00Z'), threshold: 4, peerThreshold: 3, locale: 'da' as const, timeZone: 'Europe/Copenhagen', organisation: 'Egeskov', branding: {} };
    const mail = renderRoundMail('p1001@egeskov.dk', old, { ...fields, roles: ['self', 'superior'] });
    expect(mail.text).not.toContain(ANONYMOUS);
    expect(mail.text).toContain(SELF);
    expect(mail.html).toContain('Leder selv');
    // Nobody's forms, nothing promised, and no stray space where the sentence was.
    expect(renderRoundMail('x@egeskov.dk', DEFAULT_ROUND_TEXTS.invitation.da, { ...fields, roles: [] }).text).toMatch(/"Forår"\.\n/);
  });
});

describe.each(testEngines())('invitations say each recipient what is anonymous, on $name', (engine) => {
  let handle: SpejlDatabase;
  let tenantId: string;
  const t0 = new Date();
  const invitationTo = (person: string) =>
    withTenant(handle.db, tenantId, (tx) => tx.selectFrom('mail_outbox').select(['text_body', 'html_body']).where('to_address', '=', `p${person}@egeskov.dk`).executeTakeFirstOrThrow());

  beforeAll(async () => {
    handle = await engine.open();
    tenantId = (await handle.db.insertInto('tenants').values({ slug: 'egeskov', name: 'Egeskov Kommune', sector: 'kommune', branding: JSON.stringify({}), threshold: 3 }).returning('id').executeTakeFirstOrThrow()).id;
    await withTenant(handle.db, tenantId, async (tx) => {
      const round = await createRound(tx, tenantId, { name: 'Forår', themes: [{ id: 'borgerorientering' }], opensAt: t0, closesAt: new Date(t0.getTime() + 30 * DAY) }, themeSourceOf([THEME]));
      await launchRound(tx, tenantId, round.id, { snapshots: memorySnapshots(EGESKOV), linkKey: TEST_LINK_KEY }, t0);
    });
    await runMailJobs(handle.db, { mailer: createMailer({ from: 'Spejl <spejl@example.org>' }), linkKey: TEST_LINK_KEY, publicUrl: 'https://spejl.example', now: () => t0 });
  });
  afterAll(() => handle?.close());

  it('an employee with only a form about their leader: anonymous, shown together from the round\'s threshold', async () => {
    const mail = await invitationTo('1006');
    expect(mail.text_body).toContain('Dine svar om din leder er anonyme: de vises kun samlet, når mindst 3 har svaret.');
    expect(mail.text_body).not.toContain('ikke anonyme');
    expect(mail.text_body).not.toContain('{{');
  });

  it('a middle leader answering about their leader, themself and their direct-report leaders: each said as it is', async () => {
    const mail = await invitationTo('1002');
    expect(mail.text_body).toContain('mindst 3 har svaret');
    expect(mail.text_body).toContain(SELF);
    expect(mail.text_body).toContain(SUPERIOR);
    expect(mail.html_body).toContain('Overordnet leder');
  });

  it('the top leader, who has no leader: no promise of anonymity at all', async () => {
    const mail = await invitationTo('1001');
    expect(mail.text_body).not.toContain(ANONYMOUS);
    expect(mail.text_body).toContain(SELF);
    expect(mail.text_body).toContain(SUPERIOR);
  });
});
