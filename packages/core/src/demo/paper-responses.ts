import type { FormRole } from '@spejl/db';
import type { Answer } from '../survey/answers.ts';

/** One form filled in on paper. */
export interface PaperForm {
  subjectId: string;
  role: FormRole;
  answers: readonly Answer[];
}

const cell = (answer: Answer): string => (answer === null ? '' : answer === 'dk' ? 'dk' : String(answer));

/** The forms as DESIGN.md's responses file (`subject_id,rater_role,<theme>.<item>,…`), as an HR unit would type them in. */
export function paperResponsesCsv(itemKeys: readonly string[], forms: readonly PaperForm[]): string {
  const header = ['subject_id', 'rater_role', ...itemKeys].join(',');
  return [header, ...forms.map((f) => [f.subjectId, f.role, ...f.answers.map(cell)].join(','))].join('\r\n') + '\r\n';
}
