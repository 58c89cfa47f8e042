import type { Content, DocumentDefinition } from '../pdf/pdfmake-types.ts';
import { pdfmake } from '../pdf/pdfmake-instance.ts';
import { letterTexts } from './letter-texts.ts';

/*
 * Printed invitations (issue 17): one A4 page per respondent, in their language, with the
 * organisation's colour and logo, the personal code and a QR code of the survey address.
 *
 * The QR code is pdfmake's own `qr` node: pdfmake draws it as vector rectangles with its bundled
 * encoder, so no second library has to make an SVG that pdfmake then parses again, and the code
 * prints sharply at any size. Error correction M (15 %) survives a crease or a smudge.
 *
 * The letters' codes exist only in the PDF this returns (core/letters/print-letters.ts): nothing
 * here writes a file.
 */

/** One letter's content as core/letters makes it. */
export interface LetterInput {
  name: string;
  locale: 'da' | 'en';
  /** The code as printed, `ABCD-EFGH-JKMN`. */
  code: string;
  /** What the QR code carries. */
  qrUrl: string;
}

/** A round's letters with their surroundings. */
export interface LettersInput {
  roundName: string;
  closesAt: Date;
  organisation: { name: string; colour: string | null; logo: string | null; timeZone: string };
  kind: 'invitation' | 'reminder';
  /** The survey app's address the code is typed at, e.g. `https://spejl.example.dk/s`. */
  typeAt: string;
  letters: readonly LetterInput[];
}

const DEFAULT_COLOUR = '#1f4e79';
/** pdfmake embeds PNG and JPEG data URLs; an SVG logo is left out rather than failing the print. */
const EMBEDDABLE = /^data:image\/(png|jpe?g);base64,/;

function closingDate(at: Date, locale: 'da' | 'en', timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
}

function header(input: LettersInput, colour: string): Content {
  const logo = input.organisation.logo && EMBEDDABLE.test(input.organisation.logo) ? input.organisation.logo : null;
  return {
    table: {
      widths: ['*', 'auto'],
      body: [[
        { text: input.organisation.name, color: '#ffffff', bold: true, fontSize: 14, margin: [10, 10, 10, 10] },
        logo ? { image: logo, fit: [110, 36], margin: [6, 4, 6, 4] } : { text: '' },
      ]],
    },
    layout: { fillColor: () => colour, hLineWidth: () => 0, vLineWidth: () => 0 },
    margin: [0, 0, 0, 24],
  };
}

function letterPage(input: LettersInput, letter: LetterInput, colour: string, first: boolean): Content[] {
  const t = letterTexts(letter.locale);
  const title = input.kind === 'reminder' ? t.reminderTitle(input.roundName) : t.invitationTitle(input.roundName);
  return [
    { ...(header(input, colour) as object), ...(first ? {} : { pageBreak: 'before' }) },
    { text: title, fontSize: 18, bold: true, margin: [0, 0, 0, 14] },
    { text: t.greeting(letter.name), fontSize: 11, margin: [0, 0, 0, 8] },
    { text: input.kind === 'reminder' ? t.reminderBody : t.invitationBody, fontSize: 11, lineHeight: 1.3, margin: [0, 0, 0, 6] },
    { text: t.closes(closingDate(input.closesAt, letter.locale, input.organisation.timeZone)), fontSize: 11, bold: true, margin: [0, 0, 0, 20] },
    { text: t.scan, fontSize: 11, margin: [0, 0, 0, 8] },
    { qr: letter.qrUrl, fit: 150, eccLevel: 'M', margin: [0, 0, 0, 20] },
    { text: t.orType(input.typeAt), fontSize: 11, margin: [0, 0, 0, 8] },
    {
      table: { widths: ['auto'], body: [[{ stack: [
        { text: t.codeLabel, fontSize: 9, color: '#444444' },
        { text: letter.code, fontSize: 22, bold: true, characterSpacing: 2, margin: [0, 2, 0, 0] },
      ], margin: [12, 8, 12, 8] }]] },
      layout: { hLineColor: () => colour, vLineColor: () => colour, hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
      margin: [0, 0, 0, 24],
    },
    { text: t.anonymity, fontSize: 9.5, color: '#333333', lineHeight: 1.25, margin: [0, 0, 0, 6] },
    { text: t.personal, fontSize: 9.5, color: '#333333', lineHeight: 1.25 },
  ];
}

/** Renders a round's letters into one PDF, a page each. */
export async function renderLetters(input: LettersInput): Promise<Buffer> {
  const colour = input.organisation.colour ?? DEFAULT_COLOUR;
  const definition: DocumentDefinition = {
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 48],
    info: { title: input.roundName, creator: 'Spejl' },
    defaultStyle: { font: 'DejaVuSans', fontSize: 10 },
    styles: {},
    footer: () => '',
    content: input.letters.flatMap((letter, i) => letterPage(input, letter, colour, i === 0)),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
