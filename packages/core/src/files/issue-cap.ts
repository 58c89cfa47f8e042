import type { InputIssue } from '../errors/spejl-error.ts';
import { fileIssue } from './file-issues.ts';

/**
 * How many problems an import lists. A bad file can have a problem on every cell of every row
 * (250,000 rows made 2.5 million), and listing them all costs gigabytes of memory and a response
 * nobody reads: the first ones show what to fix, the rest is a count.
 */
export const ISSUE_CAP = 1000;

/** Collects an import's problems: keeps the first `cap`, only counts the rest. */
export class IssueCollector {
  readonly kept: InputIssue[] = [];
  private dropped = 0;

  constructor(private readonly cap = ISSUE_CAP) {}

  add(...issues: InputIssue[]): void {
    this.addAll(issues);
  }

  /** Adds a list of any length (spreading 250,000 issues into `add` would overflow the stack). */
  addAll(issues: Iterable<InputIssue>): void {
    for (const issue of issues) {
      if (this.kept.length < this.cap) this.kept.push(issue);
      else this.dropped++;
    }
  }

  /** Adds a list that was capped already (its last line may count more), keeping the count whole. */
  addCapped(issues: readonly InputIssue[]): void {
    const last = issues.at(-1);
    const more = last?.code === 'file.moreProblems' ? Number(last.params?.count ?? 0) : 0;
    this.addAll(more ? issues.slice(0, -1) : issues);
    this.dropped += more;
  }

  /** How many problems there are in all, listed or not. */
  get total(): number {
    return this.kept.length + this.dropped;
  }

  /** Whether any problem at all was found. */
  get any(): boolean {
    return this.total > 0;
  }

  /** The kept problems, then one line saying how many more there are (when there are more). */
  list(): InputIssue[] {
    return this.dropped ? [...this.kept, moreProblems(this.dropped)] : [...this.kept];
  }
}

/** The line under a capped list: "and 2,499,000 more problems". */
export function moreProblems(count: number): InputIssue {
  return fileIssue('moreProblems', { count });
}

/** Caps a list already made (sorted by line): its first `cap` problems, then the count of the rest. */
export function capIssues(issues: readonly InputIssue[], cap = ISSUE_CAP): InputIssue[] {
  return issues.length > cap ? [...issues.slice(0, cap), moreProblems(issues.length - cap)] : [...issues];
}

/**
 * Joins lists that were each capped while they were made (in line order) into one capped list in
 * `order`: the first `cap` of them all, then one line counting every problem left out.
 */
export function mergeCapped(lists: readonly (readonly InputIssue[])[], order: (a: InputIssue, b: InputIssue) => number, cap = ISSUE_CAP): InputIssue[] {
  const listed = lists.flatMap((list) => list.filter((issue) => issue.code !== 'file.moreProblems')).sort(order);
  const total = lists.reduce((sum, list) => sum + issueTotal(list), 0);
  const kept = listed.slice(0, cap);
  return total > kept.length ? [...kept, moreProblems(total - kept.length)] : kept;
}

/** How many problems a capped list stands for: its issues plus the count on its "more" line. */
export function issueTotal(issues: readonly InputIssue[]): number {
  const last = issues.at(-1);
  return last?.code === 'file.moreProblems' ? issues.length - 1 + Number(last.params?.count ?? 0) : issues.length;
}
