import type { TenantTx } from '@spejl/db';

/** A respondent as the letters page lists them: whether they have an address to be mailed at and a letter printed. */
export interface LetterRecipient {
  personId: string;
  name: string;
  hasEmail: boolean;
  printed: boolean;
}

/**
 * A round's respondents for choosing whom to print for. Not whether they have answered: the page
 * shows who is invited, and only the server applies "unfinished" when printing reminders.
 */
export async function letterRecipients(tx: TenantTx, roundId: string): Promise<LetterRecipient[]> {
  const rows = await tx.selectFrom('round_respondents').select(['person_id', 'name', 'email', 'letter_code_hash'])
    .where('round_id', '=', roundId).orderBy('name').orderBy('person_id').execute();
  return rows.map((r) => ({ personId: r.person_id, name: r.name, hasEmail: r.email !== null, printed: r.letter_code_hash !== null }));
}
