import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpejlDatabase } from '@spejl/db';
import { testEngines } from '@spejl/db/testing';
import { startServer, type RunningServer } from '../src/start.ts';

/** Directive name → its sources, from a Content-Security-Policy header. */
function directives(policy: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name, sources);
  }
  return parsed;
}

function webAppsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spejl-web-'));
  mkdirSync(join(dir, 'admin/assets'), { recursive: true });
  mkdirSync(join(dir, 'survey/assets'), { recursive: true });
  writeFileSync(join(dir, 'admin/index.html'), '<!doctype html><title>console</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(dir, 'admin/assets/app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'survey/index.html'), '<!doctype html><title>survey</title>');
  writeFileSync(join(dir, 'survey/assets/survey.js'), 'console.log("survey")');
  return dir;
}

const [engine] = testEngines();

describe('security headers on every kind of response', () => {
  let handle: SpejlDatabase;
  let web: string;
  let plain: RunningServer;
  let secure: RunningServer;
  const start = (publicUrl?: string) =>
    startServer({ db: handle.db, authSecret: 'headers-test-secret-'.repeat(3), port: 0, ...(publicUrl ? { publicUrl } : {}), webApps: { admin: join(web, 'admin'), survey: join(web, 'survey') } });

  beforeAll(async () => {
    handle = await engine!.open();
    web = webAppsDir();
    plain = await start();
    secure = await start('https://spejl.example.org');
  });
  afterAll(async () => {
    await plain?.stop();
    await secure?.stop();
    await handle?.close();
    if (web) rmSync(web, { recursive: true, force: true });
  });

  const kinds = {
    'console page': { path: '/', init: {} },
    'console deep link': { path: '/tenants/egeskov/people', init: {} },
    'console script': { path: '/assets/app.js', init: {} },
    'survey page': { path: '/s/', init: {} },
    'survey script': { path: '/s/assets/survey.js', init: {} },
    'survey API': { path: '/s/api/survey', init: { headers: { authorization: 'Bearer nope' } } },
    'tRPC': { path: '/trpc/me.get', init: {} },
    'auth API': { path: '/api/auth/get-session', init: {} },
    'bulk PDF download': { path: '/api/report-jobs/00000000-0000-4000-8000-000000000000/00000000-0000-4000-8000-000000000000/download', init: {} },
    'unknown API path': { path: '/api/nothing', init: {} },
    'health check': { path: '/healthz', init: {} },
  } as const;

  it.each(Object.entries(kinds))('%s: nosniff, no Referer, no framing, and a CSP without inline script', async (_kind, { path, init }) => {
    const response = await fetch(`${plain.url}${path}`, init);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security'), 'no HSTS over plain HTTP').toBeNull();
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    const scripts = csp.get('script-src') ?? csp.get('default-src');
    expect(scripts?.every((s) => s === "'self'" || s === "'none'"), `script sources ${scripts?.join(' ')}`).toBe(true);
  });

  it('gives the console and the survey page their own policies, and everything else one that allows nothing', async () => {
    const page = async (path: string) => directives((await fetch(`${plain.url}${path}`)).headers.get('content-security-policy'));
    const console = await page('/people');
    expect(console.get('script-src')).toEqual(["'self'"]);
    expect(console.get('style-src')).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{24}'$/)]);
    expect(console.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(console.get('connect-src')).toEqual(["'self'"]);
    expect(console.get('img-src')).toEqual(["'self'", 'data:']);
    expect(console.get('form-action')).toEqual(["'self'"]);
    const survey = await page('/s/');
    expect(survey.get('script-src')).toEqual(["'self'"]);
    expect(survey.get('style-src'), 'the survey app injects no styles').toEqual(["'self'"]);
    expect(survey.get('form-action')).toEqual(["'self'"]);
    for (const path of ['/healthz', '/trpc/me.get', '/s/api/survey']) {
      const api = await page(path);
      expect(api.get('default-src'), path).toEqual(["'none'"]);
      expect(api.get('form-action'), path).toEqual(["'none'"]);
    }
  });

  it('gives every console page a fresh style nonce, in its header and in the page for its own script', async () => {
    const nonces = new Set<string>();
    for (const path of ['/', '/index.html', '/rounds/abc', '/people']) {
      const response = await fetch(`${plain.url}${path}`);
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
      expect(nonce, path).toBeDefined();
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(4);
    expect(directives((await fetch(`${plain.url}/s/`)).headers.get('content-security-policy')).get('style-src')).toEqual(["'self'"]);
  });

  it('sends HSTS and upgrades requests only when the public address is HTTPS', async () => {
    // Behind a TLS-terminating proxy: the request reaches the app over HTTP, its public address is HTTPS.
    for (const path of ['/', '/s/', '/healthz', '/trpc/me.get']) {
      const response = await secure.app.request(path);
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
    }
    expect(directives((await secure.app.request('/')).headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
    expect(directives((await plain.app.request('/')).headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(false);
  });
});
