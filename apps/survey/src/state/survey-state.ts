import { reactive } from 'vue';
import type { SurveyContent, SurveyForm } from '@spejl/core';
import { loadSurvey, saveForm, SurveyRequestError, type Answer } from '../api/survey-client.ts';
import { startingAnswers } from './form-progress.ts';

type Phase = 'loading' | 'problem' | 'closed' | 'overview' | 'form' | 'receipt';
type Problem = 'unknown' | 'missing' | 'tooMany' | 'network' | 'server';

/** Everything the survey app shows, in one reactive object. */
export const survey = reactive({
  phase: 'loading' as Phase,
  problem: null as Problem | null,
  content: null as SurveyContent | null,
  token: '',
  slot: 0,
  page: 0,
  answers: {} as Record<number, Answer[]>,
  saving: 'idle' as 'idle' | 'saving' | 'saved' | 'failed',
  receipt: null as { slot: number; at: Date } | null,
});

function problemOf(error: unknown): Problem {
  if (!(error instanceof SurveyRequestError)) return 'server';
  return error.kind === 'UNKNOWN_LINK' ? 'unknown' : error.kind === 'TOO_MANY' ? 'tooMany' : error.kind === 'NETWORK' ? 'network' : 'server';
}

/** The form being answered. */
export function currentForm(): SurveyForm | undefined {
  return survey.content?.forms.find((f) => f.slot === survey.slot);
}

/** Loads (or reloads, e.g. after a language switch) what the link shows. */
export async function load(token: string | null, lang: string): Promise<void> {
  if (!token) {
    survey.phase = 'problem';
    survey.problem = 'missing';
    return;
  }
  survey.token = token;
  try {
    const content = await loadSurvey(token, lang);
    survey.content = content;
    for (const form of content.forms) survey.answers[form.slot] ??= startingAnswers(form.answers, content.itemCount);
    if (content.round.status !== 'open') survey.phase = 'closed';
    else if (survey.phase === 'loading' || survey.phase === 'problem') survey.phase = 'overview';
    survey.problem = null;
  } catch (error) {
    survey.phase = 'problem';
    survey.problem = problemOf(error);
  }
}

/** Opens one of the respondent's forms at its first page. */
export function openForm(slot: number): void {
  survey.slot = slot;
  survey.page = 0;
  survey.saving = 'idle';
  survey.phase = 'form';
}

async function persist(submit: boolean): Promise<boolean> {
  survey.saving = 'saving';
  try {
    const result = await saveForm(survey.token, survey.slot, survey.answers[survey.slot] ?? [], submit);
    const form = currentForm();
    if (form) form.state = result.submitted ? 'submitted' : 'saved';
    survey.saving = 'saved';
    return true;
  } catch (error) {
    if (error instanceof SurveyRequestError && error.kind === 'CLOSED') {
      survey.phase = 'closed';
      if (survey.content) survey.content.round.status = 'closed';
    }
    survey.saving = 'failed';
    return false;
  }
}

/** Moves to another page, saving what was answered so far. */
export async function goToPage(page: number): Promise<void> {
  survey.page = page;
  await persist(false);
}

/** "Gem og fortsæt senere": saves and returns to the overview. */
export async function saveForLater(): Promise<void> {
  if (await persist(false)) survey.phase = 'overview';
}

/** Sends the form; shows the receipt when the server has stored it. */
export async function submit(): Promise<void> {
  if (survey.saving === 'saving') return;
  if (await persist(true)) {
    survey.receipt = { slot: survey.slot, at: new Date() };
    survey.phase = 'receipt';
  }
}

/** Back to the list of forms. */
export function toOverview(): void {
  survey.phase = 'overview';
}
