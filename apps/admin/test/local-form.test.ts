import { describe, expect, it } from 'vitest';
import { emptyItem, formFromStored, localInput, validateLocal } from '../src/pages/themes/local-form.ts';

const entry = (id: string) => ({ id, label: { da: id }, text: { employee: { da: `Min leder ${id}` }, self: { da: `Jeg ${id}` }, superior: { da: `Lederen ${id}` } } });

describe('the local questions editor form', () => {
  it('keeps the stored open questions through an edit of the statements, so a save never drops them', () => {
    const form = formFromStored({ intro: null, items: [entry('arbejdsro')], questions: [entry('ideer')] });
    form.items[0]!.text.employee.da = 'Min leder sikrer arbejdsro.';
    const input = localInput(form);
    expect(input.questions.map((q) => q.id)).toEqual(['ideer']);
    expect(input.questions[0]!.text.superior.da).toBe('Lederen ideer');
    expect(input.items[0]!.text.employee.da).toBe('Min leder sikrer arbejdsro.');
  });

  it('names a bad open question by the path the server uses, apart from the statements', () => {
    const form = formFromStored({ intro: null, items: [entry('arbejdsro')], questions: [entry('ideer'), entry('ideer')] });
    form.questions.push(emptyItem());
    const errors = validateLocal(form);
    expect(errors['questions.1.id']).toBe('themes.local.invalid.duplicate');
    expect(errors['questions.2.label.da']).toBe('themes.local.invalid.required');
    expect(errors['items.0.id']).toBeUndefined();
  });

  it('refuses open questions without a statement to follow', () => {
    const errors = validateLocal(formFromStored({ intro: null, items: [], questions: [entry('ideer')] }));
    // Said of the open questions as a section, not of the first question's short name.
    expect(errors).toEqual({ questions: 'themes.local.invalid.questionsNeedStatement' });
  });
});
