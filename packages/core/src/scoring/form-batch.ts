import { DONT_KNOW } from './answer-codes.ts';

/**
 * A round's forms as flat arrays (one entry per form; `answers` holds `itemCount` codes per
 * form: 0 blank, 1–5, 6 don't know). The shape a streaming database read fills directly.
 */
export interface FormBatch {
  readonly count: number;
  readonly itemCount: number;
  /** form → person index of the leader the form is about */
  readonly subject: Int32Array;
  /** form → rater role index (ROLLUP_ROLES) */
  readonly role: Uint8Array;
  readonly answers: Uint8Array;
}

/** Collects forms one at a time into growing typed arrays, so a row stream never builds objects per form. */
export class FormBatchBuilder {
  private count = 0;
  private subject = new Int32Array(1024);
  private role = new Uint8Array(1024);
  private answers: Uint8Array;

  constructor(private readonly itemCount: number) {
    this.answers = new Uint8Array(1024 * itemCount);
  }

  /** Appends one form; `answers` are codes in the round layout's item order. */
  add(subject: number, role: number, answers: ArrayLike<number>): void {
    if (answers.length !== this.itemCount) throw new Error(`a form needs ${this.itemCount} answer codes, got ${answers.length}`);
    if (this.count === this.subject.length) this.grow();
    const at = this.count++;
    this.subject[at] = subject;
    this.role[at] = role;
    const base = at * this.itemCount;
    for (let i = 0; i < this.itemCount; i++) {
      const code = answers[i]!;
      if (!(code >= 0 && code <= DONT_KNOW && Number.isInteger(code))) throw new Error(`answer code ${code} is not 0–6`);
      this.answers[base + i] = code;
    }
  }

  /** The forms collected so far (views into the builder's arrays, trimmed to size). */
  build(): FormBatch {
    return {
      count: this.count,
      itemCount: this.itemCount,
      subject: this.subject.subarray(0, this.count),
      role: this.role.subarray(0, this.count),
      answers: this.answers.subarray(0, this.count * this.itemCount),
    };
  }

  private grow(): void {
    const size = this.subject.length * 2;
    const subject = new Int32Array(size);
    subject.set(this.subject);
    const role = new Uint8Array(size);
    role.set(this.role);
    const answers = new Uint8Array(size * this.itemCount);
    answers.set(this.answers);
    this.subject = subject;
    this.role = role;
    this.answers = answers;
  }
}
