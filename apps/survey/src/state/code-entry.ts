import { reactive } from 'vue';
import { redeemCode, SurveyRequestError } from '../api/survey-client.ts';
import { letterCode } from './letter-entry.ts';
import { load, survey } from './survey-state.ts';

/** Why a typed code opened nothing; each is said in the respondent's language (`code.problem.*`). */
export type CodeProblem = 'format' | 'unknown' | 'tooMany' | 'network' | 'server';

/** The code page's own state. */
export const codeEntry = reactive({ problem: null as CodeProblem | null, busy: false });

function problemOf(error: unknown): CodeProblem {
  if (!(error instanceof SurveyRequestError)) return 'server';
  return error.kind === 'UNKNOWN_LINK' ? 'unknown' : error.kind === 'TOO_MANY' ? 'tooMany' : error.kind === 'NETWORK' ? 'network' : 'server';
}

/** Shows the page where a letter's code is typed. */
export function askForCode(): void {
  survey.phase = 'code';
  codeEntry.problem = null;
}

/** Opens the survey a typed code stands for; the token stays in memory, never in the address. */
export async function enterCode(typed: string, lang: string | null): Promise<void> {
  const code = letterCode(typed);
  if (!code) {
    survey.phase = 'code';
    codeEntry.problem = 'format';
    return;
  }
  codeEntry.busy = true;
  try {
    const token = await redeemCode(code);
    codeEntry.problem = null;
    survey.phase = 'loading';
    await load(token, lang);
  } catch (error) {
    survey.phase = 'code';
    codeEntry.problem = problemOf(error);
  } finally {
    codeEntry.busy = false;
  }
}
