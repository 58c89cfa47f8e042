import { z } from 'zod';
import { codedIssue, type InputIssue } from '../errors/spejl-error.ts';

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

/** Why a person_id cannot be used (a coded issue without its place), or null when it can. */
export function personIdProblem(value: string): InputIssue | null {
  if (value === '') return codedIssue('people.idEmpty', {});
  if (value.length > MAX_ID_LENGTH) return codedIssue('people.idTooLong', { value: value.slice(0, 20), length: value.length, limit: MAX_ID_LENGTH });
  return null;
}

/** Why a name cannot be used, or null when it can. */
export function nameProblem(value: string): InputIssue | null {
  if (value === '') return codedIssue('people.nameEmpty', {});
  if (value.length > MAX_TEXT_LENGTH) return codedIssue('people.nameTooLong', { length: value.length, limit: MAX_TEXT_LENGTH });
  return null;
}

/** Why an email address cannot be used, or null when it can (empty is allowed). */
export function emailProblem(value: string): InputIssue | null {
  if (value === '' || isEmail(value)) return null;
  return codedIssue('people.emailInvalid', { value });
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
