import type { CodedError } from '@spejl/error-catalogue';
import { SpejlError, type InputIssue } from '../errors/spejl-error.ts';

type Params = Record<string, string | number>;

/**
 * Refusals of changes to the hierarchy, by code, with their English text. As with file problems,
 * the code and values travel with the issue so the console says the same in Danish (under
 * `people.issues.`); the CLI prints the text.
 */
const TEXTS = {
  largeChange: (p: Params) =>
    `this import marks ${p.left} of the ${p.people} people as having left and moves ${p.moved} to another manager, more than the ${p.limit} % that may change without confirmation; check who leaves and who moves, then confirm the import`,
  managerIsSelf: (p: Params) => `${p.person} cannot be their own manager; choose someone else, or make them a top of their own chain`,
  managerNotFound: (p: Params) => `no person has person_id "${p.managerId}"; choose an existing manager`,
  managerInOwnChain: (p: Params) =>
    `${p.manager} is in ${p.person}'s own chain, so ${p.personName} cannot report to them; choose a manager outside the chain, or move ${p.managerName} first`,
} satisfies Record<string, (p: Params) => string>;

/** The code of a hierarchy refusal, as the console's translations know it (under `people.issues.`). */
export type PeopleIssueCode = keyof typeof TEXTS;

/** A hierarchy refusal with its code, values and English text. */
export function peopleIssue(code: PeopleIssueCode, params: Params = {}): InputIssue {
  return { code: `people.${code}`, params, message: TEXTS[code](params) };
}

/** Refuses a change to the hierarchy: a BAD_INPUT SpejlError whose one issue carries the code, so every client can say why. */
export function refusePeopleChange(code: PeopleIssueCode, params: Params = {}): never {
  const issue = peopleIssue(code, params);
  throw new SpejlError('BAD_INPUT', issue.message, [issue], { code: `people.${code}`, params } as CodedError);
}
