/*
 * The attack of issue 11, item 4, as code: someone who reads the database as its superuser after a
 * round has closed tries to pair each employee form with the person who sent it. Within one
 * leader's employee forms they line the forms up by some storage order, the people who finished
 * by some order of their own, and pair the k-th with the k-th. A pairing is right when the paired
 * person really sent those answers (every form in the test has answers no other form has).
 */

/** A form row as the superuser reads it, system columns included. */
export interface StoredForm {
  ctid: string;
  xmin: string;
  id: string;
  subject_id: string;
  role: string;
  answers: number[];
  owner_key: string | null;
  device_hash: string | null;
}

/** A progress row as the superuser reads it. */
export interface StoredProgress {
  ctid: string;
  xmin: string;
  person_id: string;
  slot: number;
  subject_id: string;
  role: string;
  finished_at: Date | null;
}

/** What the test knows and the attacker would like to: who sent what, and in which order. */
export interface Truth {
  /** `person:slot` → the answers that person sent in that slot. */
  answers: Map<string, string>;
  /** `person:slot` → position in the order the forms were sent (0 first). */
  sentAt: Map<string, number>;
}

type Order<T> = (a: T, b: T) => number;

/** Physical order: a ctid "(page,item)" compared as numbers. */
export const byCtid: Order<{ ctid: string }> = (a, b) => {
  const [pa, ia] = a.ctid.slice(1, -1).split(',').map(Number) as [number, number];
  const [pb, ib] = b.ctid.slice(1, -1).split(',').map(Number) as [number, number];
  return pa - pb || ia - ib;
};

/** Transaction order (a later transaction has a larger xmin here: no wraparound in a test), then physical. */
export const byXmin: Order<{ ctid: string; xmin: string }> = (a, b) => Number(a.xmin) - Number(b.xmin) || byCtid(a, b);

/** The forms' storage orders an attacker can try. */
export const FORM_ORDERS: Record<string, Order<StoredForm>> = {
  ctid: byCtid,
  xmin: byXmin,
  id: (a, b) => a.id.localeCompare(b.id),
};

/** The orders of the people who finished an attacker can try; `true order` is the test's knowledge, better than any. */
export function personOrders(truth: Truth): Record<string, Order<StoredProgress>> {
  const sent = (p: StoredProgress) => truth.sentAt.get(`${p.person_id}:${p.slot}`) ?? Number.POSITIVE_INFINITY;
  return {
    'true order': (a, b) => sent(a) - sent(b),
    ctid: byCtid,
    xmin: byXmin,
    finished_at: (a, b) => (a.finished_at?.getTime() ?? 0) - (b.finished_at?.getTime() ?? 0) || byCtid(a, b),
  };
}

function groups<T extends { subject_id: string; role: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows.filter((x) => x.role === 'employee')) (out.get(r.subject_id) ?? out.set(r.subject_id, []).get(r.subject_id)!).push(r);
  return out;
}

/** How many employee forms the k-th-with-k-th pairing gets right, for one pair of orders. */
export function pairedRight(forms: StoredForm[], progress: StoredProgress[], truth: Truth, formOrder: Order<StoredForm>, personOrder: Order<StoredProgress>): number {
  const people = groups(progress.filter((p) => p.finished_at !== null));
  let right = 0;
  for (const [subject, group] of groups(forms)) {
    const f = [...group].sort(formOrder);
    const p = [...(people.get(subject) ?? [])].sort(personOrder);
    f.forEach((form, k) => {
      const person = p[k];
      if (person && truth.answers.get(`${person.person_id}:${person.slot}`) === form.answers.join()) right++;
    });
  }
  return right;
}

/** The best the attacker does over every pair of orders, and which pair gave it. */
export function bestPairing(forms: StoredForm[], progress: StoredProgress[], truth: Truth): { right: number; orders: string } {
  let best = { right: -1, orders: '' };
  for (const [fName, fOrder] of Object.entries(FORM_ORDERS)) {
    for (const [pName, pOrder] of Object.entries(personOrders(truth))) {
      const right = pairedRight(forms, progress, truth, fOrder, pOrder);
      if (right > best.right) best = { right, orders: `forms by ${fName}, people by ${pName}` };
    }
  }
  return best;
}

/** Employee forms whose xmin only one finished person of the same leader shares — and it is the sender. */
export function pairedByXmin(forms: StoredForm[], progress: StoredProgress[], truth: Truth): number {
  const people = groups(progress.filter((p) => p.finished_at !== null));
  let right = 0;
  for (const [subject, group] of groups(forms)) {
    for (const form of group) {
      const same = (people.get(subject) ?? []).filter((p) => p.xmin === form.xmin);
      const only = same.length === 1 ? same[0]! : null;
      if (only && truth.answers.get(`${only.person_id}:${only.slot}`) === form.answers.join()) right++;
    }
  }
  return right;
}
