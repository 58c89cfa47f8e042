import { auditTexts } from './texts/audit.ts';
import { cliTexts } from './texts/cli.ts';
import { commentTexts } from './texts/comments.ts';
import { commentReviewTexts } from './texts/comment-review.ts';
import { dialogueMeetingTexts } from './texts/dialogue-meetings.ts';
import { downloadTexts } from './texts/downloads.ts';
import { fileTexts } from './texts/files.ts';
import { followUpTexts } from './texts/follow-up.ts';
import { initiativeTexts } from './texts/initiatives.ts';
import { languageTexts } from './texts/languages.ts';
import { inputTexts } from './texts/input.ts';
import { letterTexts } from './texts/letters.ts';
import { mailTexts } from './texts/mail.ts';
import { memberTexts } from './texts/members.ts';
import { peerTexts } from './texts/peers.ts';
import { peerNominationTexts } from './texts/peer-nominations.ts';
import { peopleTexts } from './texts/people.ts';
import { pulseTexts } from './texts/pulses.ts';
import { reportTexts } from './texts/reports.ts';
import { retentionTexts } from './texts/retention.ts';
import { roundTexts } from './texts/rounds.ts';
import { safetyNetTexts } from './texts/safetynet.ts';
import { ssoTexts } from './texts/sso.ts';
import { themeTexts } from './texts/themes.ts';
import { twoFactorTexts } from './texts/two-factor.ts';
import { unitMappingTexts } from './texts/unit-mappings.ts';

/**
 * THE registry of error codes: every code a person can meet, with its English and Danish text.
 * `{name}` is a parameter; `{count|one|many}` says `one` when count is 1, else `many`.
 */
export const CATALOGUE = {
  ...fileTexts,
  ...peopleTexts,
  ...peerTexts,
  ...peerNominationTexts,
  ...inputTexts,
  ...memberTexts,
  ...roundTexts,
  ...reportTexts,
  ...mailTexts,
  ...themeTexts,
  ...cliTexts,
  ...commentTexts,
  ...commentReviewTexts,
  ...dialogueMeetingTexts,
  ...downloadTexts,
  ...unitMappingTexts,
  ...followUpTexts,
  ...pulseTexts,
  ...initiativeTexts,
  ...ssoTexts,
  ...languageTexts,
  ...auditTexts,
  ...safetyNetTexts,
  ...retentionTexts,
  ...letterTexts,
  ...twoFactorTexts,
} as const;

/** Every error code there is; a throw site can name no other. */
export type ErrorCode = keyof typeof CATALOGUE;

// The parameter names a template uses, read from its English text at compile time.
type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? (P extends `${infer N}|${string}` ? N : P) | ParamNames<Rest> : never;

/** The values a code's message names, by name. */
export type ErrorParams<C extends ErrorCode> = Record<ParamNames<(typeof CATALOGUE)[C]['en']>, string | number>;

/** A code with exactly its parameters, as a throw site gives it. */
export type CodedError = { [C in ErrorCode]: { code: C; params: ErrorParams<C> } }[ErrorCode];

/** Whether a string is a known error code (e.g. one that came over the wire). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(CATALOGUE, code);
}
