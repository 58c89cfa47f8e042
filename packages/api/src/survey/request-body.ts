import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/*
 * The respondent's request body and token, read straight from Node's IncomingMessage when the
 * server runs on @hono/node-server. Going through c.req.json() makes the adapter build a full web
 * Request (AbortController, web stream, header copy) for every form submission, about a tenth of
 * the server's time on the hot path. Elsewhere (app.request in tests, other runtimes) the web
 * Request is all there is and is used as usual.
 */

/** A request body over the limit; the route answers 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit} bytes`);
  }
}

function incomingOf(c: Context): IncomingMessage | undefined {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming && typeof env.incoming.on === 'function' ? env.incoming : undefined;
}

function readAll(incoming: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        incoming.removeAllListeners('data');
        incoming.resume(); // drain the rest so the connection stays usable for the answer
        reject(new BodyTooLargeError(limit));
      } else chunks.push(chunk);
    });
    incoming.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    incoming.once('error', reject);
  });
}

/** The body parsed as JSON; `undefined` when it is not JSON (zod then says what is missing). */
export async function jsonBody(c: Context, limit: number): Promise<unknown> {
  const incoming = incomingOf(c);
  const text = incoming ? await readAll(incoming, limit) : await c.req.text();
  if (!incoming && Buffer.byteLength(text) > limit) throw new BodyTooLargeError(limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The value of a request header, without copying all headers into a web Headers object. */
export function headerOf(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
