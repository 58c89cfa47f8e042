import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import * as OTPAuth from 'otpauth';
import { CLIENT_IP_HEADER } from '@spejl/core';
import { appRouter } from '../../src/root.ts';
import { createContext } from '../../src/trpc.ts';
import { PUBLIC_URL, type ApiFixture } from '../fixture.ts';

/** What one tRPC call over HTTP answered: its status and, when refused, the error code. */
export interface TrpcAnswer {
  status: number;
  errorCode: string | null;
  data: unknown;
}

/**
 * A browser as far as the server can tell: a cookie jar, an address, better-auth's endpoints and
 * tRPC over HTTP with the cookies it holds (so the session is read as the server reads it).
 */
export function browser(f: ApiFixture, address: string) {
  const where = { address };
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0$/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
  };
  const headers = (): Record<string, string> => ({ 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_IP_HEADER]: where.address, cookie: cookieHeader() });

  /** POSTs to a better-auth endpoint; keeps the cookies it sets. */
  const auth = async (path: string, body: unknown = {}) => {
    const response = await f.auth.handler(new Request(`${PUBLIC_URL}/api/auth${path}`, { method: 'POST', headers: headers(), body: JSON.stringify(body) }));
    keep(response);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> | null };
  };

  /** Calls a tRPC procedure over HTTP as this browser. */
  const trpc = async (path: string, input: unknown, kind: 'query' | 'mutation' = 'query'): Promise<TrpcAnswer> => {
    const url = kind === 'query' ? `${PUBLIC_URL}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}` : `${PUBLIC_URL}/trpc/${path}`;
    const request = new Request(url, { method: kind === 'query' ? 'GET' : 'POST', headers: headers(), ...(kind === 'mutation' ? { body: JSON.stringify(input) } : {}) });
    const response = await fetchRequestHandler({ endpoint: '/trpc', req: request, router: appRouter, createContext: () => createContext(f.services, request.headers) });
    const json = (await response.json()) as { result?: { data: unknown }; error?: { data?: { errorCode?: string | null } } };
    return { status: response.status, errorCode: json.error?.data?.errorCode ?? null, data: json.result?.data };
  };

  return { jar, where, auth, trpc, signIn: (email: string, password: string) => auth('/sign-in/email', { email, password }) };
}

/** The current code of an authenticator app set up from `uri`. */
export const totpCode = (uri: string, at = Date.now()) => OTPAuth.URI.parse(uri).generate({ timestamp: at });
