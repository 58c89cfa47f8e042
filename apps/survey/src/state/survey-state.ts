import { reactive } from 'vue';
import type { SurveyContent, SurveyForm } from '@spejl/core';
import { loadSurvey, saveForm, SurveyRequestError, type Answer } from '../api/survey-client.ts';
import { startingAnswers } from './form-progress.ts';
import { commentsFit } from './comment-length.ts';
import { SaveQueue, type PendingSave } from './autosave.ts';
import { serverMaskings, type ServerMasking } from './comment-masking.ts';

type Phase = 'loading' | 'code' | 'problem' | 'closed' | 'overview' | 'form' | 'receipt';

/** Why a link shows no survey; each is said in the respondent's language (`problem.*`). */
export const PROBLEMS = ['unknown', 'missing', 'tooMany', 'network', 'server'] as const;
/** One of those reasons. */
export type Problem = (typeof PROBLEMS)[number];
/** Why a save did not reach the server; each is said in the respondent's language (`form.saveProblem.*`). */
export const SAVE_PROBLEMS = ['network', 'server', 'refused', 'tooMany'] as const;
/** One of those reasons. */
export type SaveProblem = (typeof SAVE_PROBLEMS)[number];

/** Everything the survey app shows, in one reactive object. */
export const survey = reactive({
  phase: 'loading' as Phase,
  problem: null as Problem | null,
  content: null as SurveyContent | null,
  token: '',
  /** A shared device (kiosk.ts): nothing is kept, and the code page comes back after each person. */
  kiosk: false,
  slot: 0,
  page: 0,
  answers: {} as Record<number, Answer[]>,
  /** Comments per form: open question id → what the respondent wrote. */
  comments: {} as Record<number, Record<string, string>>,
  /** Comments per form the server stored with a CPR number masked, not yet shown as stored (comment-masking.ts). */
  maskings: {} as Record<number, Record<string, ServerMasking>>,
  /** Per form, the questions whose comment had a CPR number removed: the field says so. */
  cprRemoved: {} as Record<number, Record<string, true>>,
  saving: 'idle' as 'idle' | 'saving' | 'saved' | 'failed',
  /** Why the last save failed, while `saving` is 'failed'. */
  saveProblem: null as SaveProblem | null,
  receipt: null as { slot: number; at: Date } | null,
  /** A save the server refused because the round had closed meanwhile. */
  lost: null as { slot: number; wasSubmitted: boolean } | null,
  /** A form whose changes the server refused because another browser saved it first. */
  refused: null as number | null,
});

function problemOf(error: unknown): Problem {
  if (!(error instanceof SurveyRequestError)) return 'server';
  return error.kind === 'UNKNOWN_LINK' ? 'unknown' : error.kind === 'TOO_MANY' ? 'tooMany' : error.kind === 'NETWORK' ? 'network' : 'server';
}

/** What a failed save tells the respondent: the connection, our side, a request the server will not take from this page, or too many tries. */
export function saveProblemOf(error: unknown): SaveProblem {
  if (!(error instanceof SurveyRequestError)) return 'server';
  if (error.kind === 'NETWORK') return 'network';
  if (error.kind === 'TOO_MANY') return 'tooMany';
  return error.kind === 'BAD_INPUT' || error.kind === 'TOO_LARGE' || error.kind === 'UNKNOWN_LINK' ? 'refused' : 'server';
}

/** The form being answered. */
export function currentForm(): SurveyForm | undefined {
  return survey.content?.forms.find((f) => f.slot === survey.slot);
}

/** Loads (or reloads, e.g. after a language switch) what the link shows. */
export async function load(token: string | null, lang: string | null): Promise<void> {
  if (!token) {
    survey.phase = 'problem';
    survey.problem = 'missing';
    return;
  }
  survey.token = token;
  try {
    const content = await loadSurvey(token, lang);
    survey.content = content;
    for (const form of content.forms) {
      survey.answers[form.slot] ??= startingAnswers(form.answers, content.itemCount);
      survey.comments[form.slot] ??= { ...(form.comments ?? {}) };
    }
    if (content.round.status !== 'open') survey.phase = 'closed';
    else if (survey.phase === 'loading' || survey.phase === 'problem') survey.phase = 'overview';
    survey.problem = null;
  } catch (error) {
    survey.phase = 'problem';
    survey.problem = problemOf(error);
  }
}

/** Opens one of the respondent's forms at its first page; the browser's Back button returns to the overview. */
export function openForm(slot: number): void {
  survey.slot = slot;
  survey.page = 0;
  survey.saving = 'idle';
  survey.refused = null;
  survey.phase = 'form';
  history.pushState({ spejlForm: slot }, '');
}

function roundClosed(error: SurveyRequestError, slot: number): void {
  const form = survey.content?.forms.find((f) => f.slot === slot);
  survey.lost = { slot, wasSubmitted: form?.state === 'submitted' };
  if (survey.content) {
    survey.content.round.status = 'closed';
    // The real closing time: an admin may have closed the round before its planned date.
    survey.content.round.closesAt = error.closedAt ?? new Date().toISOString();
  }
  autosave.forget();
  survey.phase = 'closed';
}

/** Another browser saved this form first: it cannot be shown or changed here (the server keeps it as it is). */
function savedElsewhere(slot: number): void {
  const form = survey.content?.forms.find((f) => f.slot === slot);
  if (form) {
    form.otherDevice = true;
    if (form.state === 'new') form.state = 'saved';
  }
  autosave.stop(slot);
  survey.answers[slot] = startingAnswers(null, survey.content?.itemCount ?? 0);
  survey.comments[slot] = {};
  survey.refused = slot;
  if (survey.phase === 'form' && survey.slot === slot) leaveForm();
}

async function sendSave(slot: number, save: PendingSave<Answer>): Promise<void> {
  const shown = () => slot === survey.slot;
  if (shown()) survey.saving = 'saving';
  try {
    const result = await saveForm(survey.token, slot, save.answers, save.submit, save.comments);
    const form = survey.content?.forms.find((f) => f.slot === slot);
    // The server keeps a sent form sent, whatever a later save says.
    if (form) form.state = result.submitted ? 'submitted' : 'saved';
    noteMaskings(slot, save.comments, result.comments ?? {});
    if (shown()) survey.saving = 'saved';
  } catch (error) {
    if (error instanceof SurveyRequestError && error.kind === 'CLOSED') roundClosed(error, slot);
    if (error instanceof SurveyRequestError && error.kind === 'OTHER_DEVICE') savedElsewhere(slot);
    if (shown()) {
      survey.saving = 'failed';
      survey.saveProblem = saveProblemOf(error);
    }
    throw error;
  }
}

/** Remembers which comments the server masked on this save; the fields show the stored text when they may (CommentField). */
function noteMaskings(slot: number, sent: Readonly<Record<string, string>>, stored: Readonly<Record<string, string>>): void {
  const found = serverMaskings(sent, stored);
  survey.maskings[slot] = found;
  const removed = (survey.cprRemoved[slot] ??= {});
  for (const question of Object.keys(found)) removed[question] = true;
}

const autosave = new SaveQueue<Answer>(sendSave);

/** Whether the open form's comments are short enough to send (a longer one waits until it is shortened). */
export function commentsSendable(): boolean {
  return commentsFit(survey.comments[survey.slot] ?? {}, survey.content?.round.commentMaxLength ?? Infinity);
}

/** An answer or a comment changed: saved in the background after a short pause. */
export function answerChanged(): void {
  const answers = survey.answers[survey.slot];
  if (answers && commentsSendable()) autosave.changed(survey.slot, answers, false, survey.comments[survey.slot]);
}

/** Sends every unsaved change at once, e.g. when the page is hidden or closed. */
export function saveEverything(): Promise<void> {
  return autosave.flushAll();
}

async function saved(): Promise<boolean> {
  try {
    await autosave.flush(survey.slot);
    return true;
  } catch {
    return false;
  }
}

function leaveForm(): void {
  survey.phase = 'overview';
  // Take the form's history entry away again, so Back on the overview leaves as expected.
  if ((history.state as { spejlForm?: number } | null)?.spejlForm !== undefined) history.back();
}

/** Moves to another page, saving what was answered so far. */
export async function goToPage(page: number): Promise<void> {
  survey.page = page;
  await saved();
}

/** "Gem og fortsæt senere": saves and returns to the overview. */
export async function saveForLater(): Promise<void> {
  if (await saved()) leaveForm();
}

let sending = false;

/** Sends the form; shows the receipt when the server has stored it. */
export async function submit(): Promise<void> {
  const answers = survey.answers[survey.slot];
  if (sending || !answers || !commentsSendable()) return;
  sending = true;
  try {
    autosave.changed(survey.slot, answers, true, survey.comments[survey.slot]);
    if (await saved()) {
      survey.receipt = { slot: survey.slot, at: new Date() };
      survey.phase = 'receipt';
    }
  } finally {
    sending = false;
  }
}

/** Back to the list of forms, once what was answered is saved (or could not be: it is kept and tried again). */
export async function toOverview(): Promise<void> {
  if (survey.phase === 'form') await saved();
  if (survey.phase === 'form' || survey.phase === 'receipt') leaveForm();
}

/** The browser's Back button from a form or its receipt: to the overview, saving first. */
export async function backPressed(): Promise<void> {
  if (survey.phase === 'form') await saved();
  if (survey.phase === 'form' || survey.phase === 'receipt') survey.phase = 'overview';
}
