import type pg from 'pg';
import { isConnectionLost } from './connection-loss.ts';
import { APP_ROLE } from './roles.ts';

/*
 * Group commit for one-statement tenant writes (the form-submission path, thousands a second).
 * Statements for the same tenant that arrive while earlier ones are still in flight go to
 * PostgreSQL together, as ONE message and ONE transaction:
 *
 *   BEGIN; SET LOCAL ROLE …; SET LOCAL app.tenant_id = …; s1; s2; …; sN; COMMIT
 *
 * so the round trip, the transaction and — most of all — the WAL flush at commit are paid once
 * per batch instead of once per statement. At low load nothing waits: a statement goes out at
 * once while fewer than `maxInFlight` batches are out, and batches only form behind busy ones.
 *
 * On Citus the SET LOCALs go in a message of their own, ahead of the statements: Citus passes a
 * SET LOCAL on to the workers as the whole message it came in, statements included, and a worker
 * refuses a distributed statement inside its own transaction. Two round trips there, one here.
 *
 * Every caller still gets exactly its own outcome. A caller's promise resolves only after the
 * COMMIT returned, so nothing is acknowledged that could be lost. When one statement fails,
 * PostgreSQL aborts the whole transaction (nothing of it is stored) and each statement of the
 * batch is run again alone, so the failing one gets its own error and the others succeed as if
 * they had never been grouped. When the connection itself fails, whether COMMIT happened is
 * unknown: every caller gets the error (the survey client retries; its writes are idempotent).
 */

interface Pending {
  text: string;
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
}

/** How many batches may be out at once, and how many statements one may hold. */
export interface GroupCommitOptions {
  maxInFlight: number;
  maxBatch: number;
  /** Whether the database is a Citus coordinator (see the header); asked once, when the first batch goes. */
  citus: () => Promise<boolean>;
}

/**
 * A PostgreSQL error reply: the server aborted the transaction, and the connection is fine. Not
 * the FATAL reply a terminated backend sends before it closes (57P01): then whether COMMIT
 * happened is unknown, as for any lost connection.
 */
function isServerError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    && typeof (error as { severity?: unknown }).severity === 'string' && !isConnectionLost(error);
}

/** Batches one-statement tenant transactions over a pg pool; see the header. */
export class GroupCommit {
  /** Waiting statements by tenant; Map order makes the tenants take turns. */
  private readonly queues = new Map<string, Pending[]>();
  private inFlight = 0;

  constructor(private readonly pool: pg.Pool, private readonly options: GroupCommitOptions) {}

  /** Runs `statement` (literal SQL, no parameters) in a transaction for `tenant` (a quoted literal); resolves with its rows. */
  run(tenant: string, statement: string): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(tenant);
      if (queue) queue.push({ text: statement, resolve, reject });
      else this.queues.set(tenant, [{ text: statement, resolve, reject }]);
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queues.size > 0) {
      const [tenant, queue] = this.queues.entries().next().value as [string, Pending[]];
      const batch = queue.splice(0, this.options.maxBatch);
      this.queues.delete(tenant);
      if (queue.length > 0) this.queues.set(tenant, queue); // the rest waits behind the other tenants
      this.inFlight++;
      void this.send(tenant, batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async send(tenant: string, batch: Pending[]): Promise<void> {
    const setup = `BEGIN; SET LOCAL ROLE ${APP_ROLE}; SET LOCAL app.tenant_id = ${tenant}`;
    const statements = `${batch.map((p) => p.text).join('; ')}; COMMIT`;
    let client: pg.PoolClient;
    let citus: boolean;
    try {
      citus = await this.options.citus();
      client = await this.pool.connect();
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    try {
      if (citus) await client.query(setup);
      const results = (await client.query(citus ? statements : `${setup}; ${statements}`)) as unknown as { rows: unknown[] }[];
      client.release();
      const first = citus ? 0 : 3;
      batch.forEach((p, i) => p.resolve(results[first + i]?.rows ?? []));
    } catch (error) {
      // A failed statement leaves the transaction open and aborted: end it before the connection is reused.
      await client.query('ROLLBACK').then(() => client.release(), (e: Error) => client.release(e));
      if (!isServerError(error) || batch.length === 1) {
        for (const p of batch) p.reject(error);
        return;
      }
      // Nothing of the batch was stored: give every statement its own transaction and outcome.
      await Promise.all(batch.map((p) => this.send(tenant, [p])));
    }
  }
}
