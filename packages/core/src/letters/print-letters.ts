import { z } from 'zod';
import type { TenantTx } from '@spejl/db';
import { dropLetterRoutes } from './letter-routes.ts';
import { recordAudit } from '../audit/log.ts';
import { codedError } from '../errors/spejl-error.ts';
import type { LinkKey } from '../survey/link-token.ts';
import { formatLetterCode, letterCodeHash, newLetterCode } from './letter-code.ts';

/*
 * Printing letters for respondents without e-mail (issue 17). DESIGN.md, Anonymity rule 6: whoever
 * prints the letters must not be able to read the answers. So:
 *  - a code is made at print time and goes only into the PDF stream handed to the admin who asked;
 *    the database keeps a keyed hash of it (letter-code.ts), the PDF is not kept (the download
 *    streams it; no bulk-job file holds it, unlike report PDFs);
 *  - printing again makes new codes: the respondent's earlier code stops working, so a letter
 *    printed twice is never valid twice, and the audit log says who printed when;
 *  - a code opens the respondent's survey like their link, and like a link it shows saved answers
 *    only to the device that saved them (survey/device-key.ts): the admin holding the PDF can
 *    answer in the person's name while the form is new, but can never read back what was answered.
 */

/**
 * The most letters one print makes. The PDF is made while the request waits, about 65 ms a letter
 * (mostly the QR codes' rectangles), so 300 letters take some 20 seconds; more are printed in parts.
 */
export const MAX_LETTERS = 300;

/** Whom to print for: the respondents without e-mail (default), or the people chosen; only the unfinished for a reminder. */
export const printLettersInput = z.object({
  roundId: z.uuid(),
  personIds: z.array(z.string().min(1).max(200)).min(1).max(MAX_LETTERS).optional(),
  unfinishedOnly: z.boolean().default(false),
});
/** What printLetters is asked, as the API takes it. */
export type PrintLettersInput = z.input<typeof printLettersInput>;

/** One letter: to whom, in which language, the code and the address it is typed at. */
export interface Letter {
  personId: string;
  name: string;
  locale: 'da' | 'en';
  /** The code as printed, `ABCD-EFGH-JKMN`. */
  code: string;
  /** Where the code is typed: `https://…/s/ABCD-EFGH-JKMN`. */
  typedUrl: string;
  /** What the QR code carries: the code in the fragment, which never reaches a server log. */
  qrUrl: string;
}

/** A round's letters with what the page around them says. */
export interface LetterBatch {
  roundName: string;
  closesAt: Date;
  organisation: { name: string; colour: string | null; logo: string | null; timeZone: string };
  kind: 'invitation' | 'reminder';
  letters: Letter[];
}

interface Recipient { person_id: string; name: string; locale: 'da' | 'en'; letter_code_hash: string | null }

async function recipients(tx: TenantTx, roundId: string, input: z.output<typeof printLettersInput>): Promise<Recipient[]> {
  let query = tx.selectFrom('round_respondents as r').select(['r.person_id', 'r.name', 'r.locale', 'r.letter_code_hash']).where('r.round_id', '=', roundId);
  query = input.personIds ? query.where('r.person_id', 'in', input.personIds) : query.where('r.email', 'is', null);
  if (input.unfinishedOnly) {
    query = query.where(({ exists, selectFrom }) => exists(selectFrom('round_assignments as a').select('a.slot')
      .whereRef('a.round_id', '=', 'r.round_id').whereRef('a.person_id', '=', 'r.person_id').where('a.finished_at', 'is', null)));
  }
  const rows = await query.orderBy('r.name').orderBy('r.person_id').limit(MAX_LETTERS + 1).execute();
  // The letter itself is in Danish or English; a respondent of another language reads English there
  // (as the survey's own words fall back to English) and meets their language once the survey opens.
  return rows.map((r) => ({ ...r, locale: r.locale === 'da' ? 'da' : 'en' }));
}

/**
 * Makes new codes for a round's respondents and returns the letters (see the header), in the
 * caller's tenant transaction: the codes' routes, the respondents' hashes, the removal of the routes
 * they replace and the audit entry commit together or not at all.
 */
export async function printLetters(
  tx: TenantTx, tenantId: string, actorUserId: string | null, deps: { linkKey: LinkKey; publicUrl: string }, raw: PrintLettersInput,
): Promise<LetterBatch> {
  const input = printLettersInput.parse(raw);
  const base = deps.publicUrl.replace(/\/+$/, '');
  const round = await tx.selectFrom('rounds').select(['name', 'status', 'closes_at']).where('id', '=', input.roundId).executeTakeFirst();
  if (!round) throw codedError('NOT_FOUND', 'round.notFound', {});
  if (round.status !== 'open') throw codedError('CONFLICT', 'letters.roundNotOpen', { round: round.name });
  const people = await recipients(tx, input.roundId, input);
  if (people.length === 0) throw codedError('NOT_FOUND', 'letters.nobody', { round: round.name });
  if (people.length > MAX_LETTERS) throw codedError('BAD_INPUT', 'letters.tooMany', { limit: MAX_LETTERS });
  const tenant = await tx.selectFrom('tenants').select(['name', 'branding', 'time_zone']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  const codes = people.map(() => newLetterCode());
  const hashes = codes.map((c) => letterCodeHash(deps.linkKey, c));
  await tx.insertInto('letter_code_routes').values(hashes.map((code_hash) => ({ code_hash, tenant: tenantId }))).execute();
  for (const [i, p] of people.entries()) {
    await tx.updateTable('round_respondents').set({ letter_code_hash: hashes[i]! }).where('round_id', '=', input.roundId).where('person_id', '=', p.person_id).execute();
  }
  const replaced = people.map((p) => p.letter_code_hash).filter((h): h is string => h !== null);
  await dropLetterRoutes(tx, replaced);
  await recordAudit(tx, { tenantId, actorUserId, action: 'round.letters.print', target: input.roundId, details: { letters: codes.length, unfinishedOnly: input.unfinishedOnly, chosen: input.personIds !== undefined } });
  const { primaryColor, logoDataUrl } = tenant.branding;
  return {
    roundName: round.name,
    closesAt: new Date(round.closes_at),
    organisation: { name: tenant.name, colour: primaryColor ?? null, logo: logoDataUrl?.startsWith('data:image/') ? logoDataUrl : null, timeZone: tenant.time_zone },
    kind: input.unfinishedOnly ? 'reminder' : 'invitation',
    letters: people.map((p, i) => ({
      personId: p.person_id, name: p.name, locale: p.locale, code: formatLetterCode(codes[i]!),
      typedUrl: `${base}/s/${formatLetterCode(codes[i]!)}`, qrUrl: `${base}/s/#${codes[i]!}`,
    })),
  };
}
