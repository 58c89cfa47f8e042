import { z } from 'zod';

/** Longest person_id we accept; HR keys are short, and this keeps a pasted paragraph out. */
export const MAX_ID_LENGTH = 64;
/** Longest name, email, faggruppe or unit name we accept. */
export const MAX_TEXT_LENGTH = 200;

// Unicode letters allowed: Danish domains and addresses may hold æøå.
const EMAIL = /^(?!\.)(?!.*\.\.)[^\s@<>(),;:"[\]\\]+(?<!\.)@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

/** Whether an address is well-formed enough to send an invitation to. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** Why a person_id cannot be used, or null when it can. */
export function personIdProblem(value: string): string | null {
  if (value === '') return 'person_id is empty; every person needs the id the HR system knows them by';
  if (value.length > MAX_ID_LENGTH) return `person_id "${value.slice(0, 20)}…" is ${value.length} characters long; at most ${MAX_ID_LENGTH} are allowed`;
  return null;
}

/** Why a name cannot be used, or null when it can. */
export function nameProblem(value: string): string | null {
  if (value === '') return 'name is empty; every person needs a name';
  if (value.length > MAX_TEXT_LENGTH) return `name is ${value.length} characters long; at most ${MAX_TEXT_LENGTH} are allowed`;
  return null;
}

/** Why an email address cannot be used, or null when it can (empty is allowed). */
export function emailProblem(value: string): string | null {
  if (value === '' || isEmail(value)) return null;
  return `"${value}" is not a valid email address; write it like navn@kommune.dk`;
}

/** zod schema for a person typed in the console; the same rules the file import applies. */
export const personInputSchema = z.object({
  personId: z.string().trim().min(1).max(MAX_ID_LENGTH),
  name: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
  email: z.string().trim().max(MAX_TEXT_LENGTH).refine((v) => emailProblem(v) === null, 'not a valid email address').nullable(),
  managerId: z.string().trim().min(1).max(MAX_ID_LENGTH).nullable(),
  faggruppe: z.string().trim().max(MAX_TEXT_LENGTH).nullable(),
  unitName: z.string().trim().max(MAX_TEXT_LENGTH).nullable(),
});

/** A person as the console sends it. */
export type PersonInput = z.infer<typeof personInputSchema>;
