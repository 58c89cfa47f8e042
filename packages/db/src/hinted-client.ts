import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { inlinedParameters, inlinedStatement } from './inline-literals.ts';

/*
 * Two hints a statement can carry to the PostgreSQL connection, as a leading comment (whatever does
 * not know them, PGlite or a bare pg pool, simply runs the statement):
 *
 * DEFER — hold this statement back and send it in the same message as the next one. A tenant
 *   transaction's opening (BEGIN; SET LOCAL ROLE; SET LOCAL app.tenant_id) goes so with its first
 *   statement: a round trip less for every tenant request (tenancy.ts). Not on Citus, which passes
 *   a SET LOCAL on to the workers as the whole message it came in (group-commit.ts).
 *
 * PREPARE — a statement run on every request (the session and tenant access, a round's results
 *   stamp): PREPAREd once per connection and EXECUTEd after, so PostgreSQL plans it once instead
 *   of on every call. Measured on results day's statements: planning was most of their cost in the
 *   database (~0.8 ms of its CPU a report view with four round trips; ~0.3 ms prepared).
 *
 * Several statements in one message need the simple protocol, which carries no parameters: they
 * go in as literals (inline-literals.ts). Where that cannot be done safely the statements go as
 * they always did, one message each.
 */

/** Hold the statement back and send it with the next one. */
export const DEFER = '/*spejl:defer*/';
/** Prepare the statement once per connection and execute it after. */
export const PREPARE = '/*spejl:prepare*/';

/** PostgreSQL's answers that a prepared statement is gone or no longer fits (a table it reads was changed). */
function preparedStatementBroke(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '26000' || (code === '0A000' && /cached plan must not change result type/.test(message ?? ''));
}

/** What goes in one message for a statement: what must run before it, itself, and what it prepares. */
interface Message {
  before: string[];
  statement: string;
  /** The prepared statement's text and name, when the statement executes one. */
  prepared?: { text: string; name: string };
}

function inlined(text: string, parameters: readonly unknown[]): Message | undefined {
  const statement = inlinedStatement(text, parameters);
  return statement === undefined ? undefined : { before: [], statement };
}

/** A pool client that follows the DEFER and PREPARE hints. */
class HintedClient implements PostgresPoolClient {
  readonly #client: pg.PoolClient;
  #deferred: string | undefined;
  /** Statement text → the name it is prepared under on this connection. */
  readonly #prepared = new Map<string, string>();
  #generation = 0;

  constructor(client: pg.PoolClient) {
    this.#client = client;
  }

  query<R>(text: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(text: string | PostgresCursor<R>, parameters: readonly unknown[] = []): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // A cursor (streaming) is pg's own submittable: it goes as it came.
    if (typeof text !== 'string') return this.#client.query(text as never);
    return this.#statement<R>(text, parameters);
  }

  async #statement<R>(text: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
    if (text.startsWith(DEFER)) {
      this.#deferred = text.slice(DEFER.length);
      return { command: 'SELECT', rowCount: 0, rows: [] };
    }
    const deferred = this.#deferred;
    this.#deferred = undefined;
    const message = text.startsWith(PREPARE) ? this.#execute(text.slice(PREPARE.length), parameters) : deferred === undefined ? undefined : inlined(text, parameters);
    if (message === undefined) {
      if (deferred !== undefined) await this.#client.query(deferred);
      return (await this.#client.query(text, parameters.slice())) as unknown as PostgresQueryResult<R>;
    }
    const statements = [...message.before, ...(deferred === undefined ? [] : [deferred]), message.statement];
    try {
      const results = await this.#client.query(statements.join('; '));
      if (message.prepared) this.#prepared.set(message.prepared.text, message.prepared.name);
      return (Array.isArray(results) ? results.at(-1) : results) as PostgresQueryResult<R>;
    } catch (error) {
      if (message.prepared && preparedStatementBroke(error)) this.#prepared.delete(message.prepared.text);
      throw error;
    }
  }

  /** EXECUTE of a prepared statement (with its PREPARE first the first time on this connection), or undefined when its parameters cannot be literals. */
  #execute(text: string, parameters: readonly unknown[]): Message | undefined {
    const literals = inlinedParameters(parameters);
    if (!literals) return undefined;
    const args = literals.length ? `(${literals.join(', ')})` : '';
    const known = this.#prepared.get(text);
    if (known) return { before: [], statement: `EXECUTE ${known}${args}`, prepared: { text, name: known } };
    // A new name each time: one that broke stays behind unused rather than in the way.
    const name = `spejl_${createHash('sha1').update(text).digest('hex').slice(0, 16)}_${this.#generation++}`;
    return { before: [`PREPARE ${name} AS ${text}`], statement: `EXECUTE ${name}${args}`, prepared: { text, name } };
  }

  release(error?: Error | boolean): void {
    this.#deferred = undefined;
    this.#client.release(error);
  }
}

/** The pool as Kysely sees it: the same clients (one wrapper each, as Kysely keys its connections by client), following the hints. */
export function hintedPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, HintedClient>();
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapper = wrapped.get(client);
      if (!wrapper) wrapped.set(client, (wrapper = new HintedClient(client)));
      return wrapper;
    },
    end: () => pool.end(),
  };
}
