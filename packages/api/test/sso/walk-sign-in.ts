import type { SpejlAuth } from '@spejl/core';
import { PUBLIC_URL } from '../fixture.ts';

/** Cookies as a browser keeps them, per site, enough for the redirects of one sign-in. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface Walked {
  /** Where Spejl sent the browser at the end (the console, or its SSO page with ?error=). */
  location: string;
  /** Spejl's cookies after the walk (a session cookie when signed in). */
  cookie: string;
}

/**
 * Does what a browser does for "sign in with your organisation", over HTTP: Spejl's start endpoint,
 * the provider's own login form (filled with `login`), back to Spejl's callback. The provider is a
 * real one on loopback; Spejl is called in-process through its auth handler.
 */
export async function walkSsoSignIn(auth: SpejlAuth, typed: string, login: string, options: { dropState?: boolean } = {}): Promise<Walked & { callback?: string }> {
  const spejl = new Jar();
  const idp = new Jar();
  const start = await auth.handler(new Request(`${PUBLIC_URL}/api/auth/sso/start?for=${encodeURIComponent(typed)}`));
  spejl.take(start);
  let next = start.headers.get('location')!;
  if (next.startsWith(PUBLIC_URL)) return { location: next, cookie: spejl.header() };
  for (let hop = 0; hop < 10 && !next.startsWith(PUBLIC_URL); hop++) {
    const response = await fetch(next, { redirect: 'manual', headers: { cookie: idp.header() } });
    idp.take(response);
    if (response.status === 200) {
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)![1]!;
      const submitted = await fetch(new URL(action, next), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: idp.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any' }),
      });
      idp.take(submitted);
      next = new URL(submitted.headers.get('location')!, next).href;
      continue;
    }
    next = new URL(response.headers.get('location')!, next).href;
  }
  const callback = next;
  const done = await auth.handler(new Request(callback, { headers: { cookie: options.dropState ? '' : spejl.header() } }));
  spejl.take(done);
  return { location: done.headers.get('location')!, cookie: spejl.header(), callback };
}

/** Replays a callback URL with the given cookies (an attacker's second use of a code). */
export async function replayCallback(auth: SpejlAuth, callback: string, cookie: string): Promise<string> {
  const response = await auth.handler(new Request(callback, { headers: { cookie } }));
  return response.headers.get('location')!;
}
