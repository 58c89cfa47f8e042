import { describe, expect, it } from 'vitest';
import { renderError } from '@spejl/error-catalogue';
import { codedZodIssues } from '../../src/errors/zod-issues.ts';
import { DEFAULT_ROUND_TEXTS, roundSettingsSchema } from '../../src/rounds/index.ts';
import { renderRoundMail, type MailFields } from '../../src/rounds/messages/index.ts';
import { fillPlaceholders, placeholdersIn, secretPlaceholdersIn } from '../../src/rounds/messages/placeholders.ts';

const LINK = 'https://spejl.example/s/#AAAAAAAAAAAAAAAAAAAAAA_secret-part';
const fields: MailFields = {
  name: 'Karen Dahl', round: 'Forår 2026', link: LINK, closes: new Date('2026-05-15T10:00:00Z'), threshold: 5, peerThreshold: 3, locale: 'da', timeZone: 'Europe/Copenhagen', organisation: 'Egeskov Kommune', branding: {},
};

/** The coded issues the round settings schema finds in these texts. */
function textIssues(change: (texts: typeof DEFAULT_ROUND_TEXTS) => void) {
  const texts = structuredClone(DEFAULT_ROUND_TEXTS);
  change(texts);
  const parsed = roundSettingsSchema.safeParse({ name: 'Forår', themes: [{ id: 'borgerorientering' }], texts });
  return parsed.success ? [] : codedZodIssues(parsed.error).map(({ path, code, params }) => ({ path, code, params }));
}

describe("where a round mail's personal link may stand", () => {
  it('refuses {{link}} in a subject in every spelling the mail would fill, naming the mail, its language and the field', () => {
    for (const written of ['{{link}}', '{{ link }}', '{{link }}']) {
      expect(textIssues((t) => (t.reminder.en.subject = `Reminder ${written}`))).toEqual([
        { path: 'texts.reminder.en.subject', code: 'round.secretInSubject', params: { field: 'subject', mail: 'reminder', lang: 'en', placeholder: written } },
      ]);
    }
    const [issue] = textIssues((t) => (t.invitation.da.subject = 'Ledelsesevaluering {{link}}'));
    expect(renderError(issue!.code, issue!.params, 'da')).toBe(
      'Emnet i invitationen (dansk) må ikke indeholde {{link}}. Det personlige link må kun stå i selve teksten, for emnet kan ses i udbakken og i mailprogrammernes lister.',
    );
    expect(renderError(issue!.code, issue!.params, 'en')).toMatch(/^The subject of the invitation \(Danish\) may not contain \{\{link\}\}: /);
  });

  it('still wants the link in every text, and says which one lacks it in Danish', () => {
    const issues = textIssues((t) => (t.reminder.da.body = 'Husk at svare.'));
    expect(issues).toEqual([{ path: 'texts.reminder.da.body', code: 'round.linkMissing', params: { field: 'body', mail: 'reminder', lang: 'da', placeholder: '{{link}}' } }]);
    expect(renderError(issues[0]!.code, issues[0]!.params, 'da')).toBe('Teksten i påmindelsen (dansk) skal indeholde {{link}} der, hvor det personlige link skal stå.');
    // An empty text is said once, as empty.
    expect(textIssues((t) => (t.reminder.da.body = '  ')).map((i) => i.code)).toEqual(['input.empty']);
    // The default texts pass, and other placeholders in a subject are fine.
    expect(textIssues((t) => (t.invitation.da.subject = '{{round}} for {{name}}'))).toEqual([]);
  });

  it('leaves the link out of the subject of a round saved before the rule, and fills it in the text', () => {
    const mail = renderRoundMail('kda@egeskov.dk', { subject: 'Ledelsesevaluering {{ link }} {{round}}', body: 'Svar her: {{link}}' }, fields);
    expect(mail.subject).toBe('Ledelsesevaluering Forår 2026');
    expect(mail.text).toBe(`Svar her: ${LINK}`);
    expect(mail.secrets).toEqual([LINK]);
  });
});

describe('the placeholders of a mail text', () => {
  it('are read and filled with one pattern; an unknown one stays as written, and no inherited property fills one', () => {
    expect(placeholdersIn('{{name}}, {{ link }} {{name}} {{Link}}')).toEqual(['name', 'link', 'Link']);
    expect(secretPlaceholdersIn('a {{ link }} b {{link}} {{round}}')).toEqual(['{{ link }}', '{{link}}']);
    expect(fillPlaceholders('{{name}} {{nope}} {{constructor}}', { name: 'Karen' })).toBe('Karen {{nope}} {{constructor}}');
  });
});
