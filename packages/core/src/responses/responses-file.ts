import type { FormComments, FormRole } from '@spejl/db';
import { COMMENT_MAX_LENGTH, commentLength } from '../comments/comment-limits.ts';
import { storedComment } from '../comments/form-comments.ts';
import type { InputIssue } from '../errors/spejl-error.ts';
import { fileIssue } from '../files/file-issues.ts';
import { IssueCollector } from '../files/issue-cap.ts';
import type { RawTable } from '../hierarchy/raw-table.ts';
import { hasAnyAnswer, readAnswerCell } from './response-values.ts';

/** What a responses file is checked against: the round's items and who may be rated in which role. */
export interface RoundForImport {
  /** `<theme>.<item>` in the round's answer order. */
  itemKeys: string[];
  /** The round's open questions (`<theme>.<question>`), read from `comment.<question>` columns. */
  questionKeys: string[];
  /** Leaders in scope, with how many forms of each role they may still receive. */
  subjects: Map<string, Record<FormRole, number>>;
  /** Forms already in the round per subject and role, for the "too many" message. */
  existing: Map<string, Record<FormRole, number>>;
}

/** One form read from the file, ready to store. */
export interface ImportedForm {
  line: number;
  subjectId: string;
  role: FormRole;
  answers: number[];
  /** Comments by question id, cleaned and CPR-masked as on arrival through a link. */
  comments: FormComments;
}

const ROLES: readonly FormRole[] = ['employee', 'self', 'superior', 'peer'];
const ROLE_WORDS: Record<FormRole, string> = { employee: 'employee forms (one per direct report)', self: 'self form', superior: 'superior form', peer: 'peer forms (one per peer named for the round)' };

/** Comment columns are named `comment.<question_id>` (DESIGN.md, File formats). */
const COMMENT_PREFIX = 'comment.';

function unknownQuestion(question: string, known: readonly string[]): string {
  const asked = known.length ? `its comment columns are ${known.map((k) => COMMENT_PREFIX + k).join(', ')}` : 'it asks no open questions';
  return `${question} is not an open question of this round; ${asked}`;
}

/** A comment cell as stored, or why it cannot be: the cell's text is never repeated (it may be huge). */
function readCommentCell(cell: string): { text: string } | { error: string } {
  const text = storedComment(cell);
  const length = commentLength(text);
  if (length > COMMENT_MAX_LENGTH) return { error: `the comment has ${length} characters; a comment may have at most ${COMMENT_MAX_LENGTH}` };
  return { text };
}

function headerIssues(headers: readonly string[], round: RoundForImport): InputIssue[] {
  const issues: InputIssue[] = [];
  const known = new Set(round.itemKeys);
  for (const required of ['subject_id', 'rater_role']) {
    if (!headers.includes(required)) issues.push({ line: 1, column: required, message: `the file has no ${required} column; the header must start subject_id,rater_role,<theme>.<item>,…` });
  }
  // A header used twice is the reader's error already (with both column positions).
  headers.forEach((h, i) => {
    if (headers.indexOf(h) !== i || h === 'subject_id' || h === 'rater_role' || known.has(h)) return;
    if (h.startsWith(COMMENT_PREFIX)) {
      const question = h.slice(COMMENT_PREFIX.length);
      if (!round.questionKeys.includes(question)) issues.push({ line: 1, column: h, message: unknownQuestion(question, round.questionKeys) });
    } else issues.push({ line: 1, column: h, message: `${h} is not a statement of this round; its columns are ${round.itemKeys.join(', ')}` });
  });
  if (!headers.some((h) => known.has(h))) issues.push({ line: 1, message: `the file has no answer columns; name them <theme>.<item>, e.g. ${round.itemKeys[0] ?? ''}` });
  return issues;
}

/**
 * Validates a responses file (DESIGN.md format) against a round and returns its forms, or its
 * problems: line, column and reason for each bad row, so the admin fixes the file in one go. The
 * first ISSUE_CAP problems are listed and the rest counted (`problems` is them all), so a file
 * with a problem in every cell cannot fill the server's memory.
 */
export function validateResponses(table: RawTable, round: RoundForImport): { forms: ImportedForm[]; errors: InputIssue[]; problems: number } {
  const collected = new IssueCollector();
  collected.addCapped(table.errors);
  collected.addAll(headerIssues(table.headers, round));
  const result = (forms: ImportedForm[]) => ({ forms, errors: collected.list(), problems: collected.total });
  if (collected.kept.some((e) => e.line === 1)) return result([]);
  const col = (name: string) => table.headers.indexOf(name);
  const itemColumns = round.itemKeys.map((key) => ({ key, at: col(key) }));
  const commentColumns = round.questionKeys.map((key) => ({ key, column: COMMENT_PREFIX + key, at: col(COMMENT_PREFIX + key) })).filter((c) => c.at >= 0);
  const used = new Map<string, number>();
  const forms: ImportedForm[] = [];
  for (const { line, cells } of table.rows) {
    const subjectId = (cells[col('subject_id')] ?? '').trim();
    const roleText = (cells[col('rater_role')] ?? '').trim().toLowerCase();
    const rowErrors: InputIssue[] = [];
    const allowed = round.subjects.get(subjectId);
    if (!subjectId) rowErrors.push({ line, column: 'subject_id', message: 'subject_id is empty: give the person_id of the leader the form is about' });
    else if (!allowed) rowErrors.push({ line, column: 'subject_id', message: `"${subjectId}" is not a leader evaluated in this round (not in its scope, exempt, or not a leader)` });
    const role = ROLES.find((r) => r === roleText);
    if (!role) rowErrors.push({ line, column: 'rater_role', message: `"${roleText}" is not a rater role; use employee, self, superior or peer` });
    else if (allowed && allowed[role] === 0 && (round.existing.get(subjectId)?.[role] ?? 0) === 0) {
      rowErrors.push({ line, column: 'rater_role', message: `${subjectId} cannot have a ${role} form in this round${role === 'superior' ? ': they have no superior in the round\'s hierarchy' : ''}` });
    }
    const answers: number[] = [];
    for (const { key, at } of itemColumns) {
      const code = at < 0 ? 0 : readAnswerCell(cells[at] ?? '');
      if (code === null) rowErrors.push({ line, column: key, message: `"${(cells[at] ?? '').trim()}" is not an answer; use 1–5, dk or ved ikke, or leave it empty` });
      answers.push(code ?? 0);
    }
    const comments: FormComments = {};
    for (const { key, column, at } of commentColumns) {
      const read = readCommentCell(cells[at] ?? '');
      if ('error' in read) rowErrors.push({ line, column, message: read.error });
      else if (read.text) comments[key] = read.text;
    }
    if (!rowErrors.length && !hasAnyAnswer(answers) && !Object.keys(comments).length) rowErrors.push({ line, message: 'the form has no answers at all' });
    if (!rowErrors.length && role && allowed) {
      const key = `${subjectId}\u0000${role}`;
      const n = (used.get(key) ?? 0) + 1;
      used.set(key, n);
      if (n > allowed[role]) {
        const already = round.existing.get(subjectId)?.[role] ?? 0;
        rowErrors.push({ line, column: 'subject_id', message: `one ${role} form too many for ${subjectId}: at most ${allowed[role] + already} ${ROLE_WORDS[role]}, ${already} already in the round and this is number ${n} in the file` });
      }
    }
    if (rowErrors.length) collected.add(...rowErrors);
    else if (role) forms.push({ line, subjectId, role, answers, comments });
  }
  if (!table.rows.length) collected.add(fileIssue('noForms', {}, { line: 2 }));
  // Valid forms are no use once any row is bad: the file is refused whole.
  return result(collected.any ? [] : forms);
}
