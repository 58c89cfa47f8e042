import type { Kysely } from 'kysely';
import type { Database } from './schema/index.ts';
import type { TenantTx } from './tenancy.ts';

/*
 * Work that has to wait until a tenant transaction has committed: VACUUM, for one, cannot run
 * inside a transaction, and removing what a transaction left behind only makes sense once it is
 * durable. withTenant opens a task list per transaction, runs it after COMMIT with the database
 * outside any transaction (as the connecting role, not the app role), and drops it on rollback.
 */

/** One piece of after-commit work; it gets the database, not the finished transaction. */
export type CommitTask = (db: Kysely<Database>) => Promise<void>;

const PENDING = new WeakMap<object, CommitTask[]>();

/** Runs `task` once `tx` (opened by withTenant) has committed; never when it rolls back. */
export function afterCommit(tx: TenantTx, task: CommitTask): void {
  const tasks = PENDING.get(tx);
  if (!tasks) throw new Error('afterCommit needs a transaction opened by withTenant');
  tasks.push(task);
}

/** Opens the task list of a transaction withTenant is about to run. */
export function openCommitTasks(tx: object): CommitTask[] {
  const tasks: CommitTask[] = [];
  PENDING.set(tx, tasks);
  return tasks;
}

/** Closes it again (the transaction is over, whichever way). */
export function closeCommitTasks(tx: object): void {
  PENDING.delete(tx);
}

/**
 * Runs a committed transaction's tasks in order. The commit already succeeded, so a failing task
 * is reported as a warning and never turns the caller's success into an error.
 */
export async function runCommitTasks(db: Kysely<Database>, tasks: readonly CommitTask[]): Promise<void> {
  for (const task of tasks) {
    try {
      await task(db);
    } catch (error) {
      process.emitWarning(`work after a commit failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
