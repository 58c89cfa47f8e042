import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { consolePage } from './console-page.ts';

/** Where the built web apps live in the repository. */
export const DEFAULT_ADMIN_DIST = fileURLToPath(new URL('../../admin/dist', import.meta.url));
/** Where the built respondent app lives in the repository. */
export const DEFAULT_SURVEY_DIST = fileURLToPath(new URL('../../survey/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Spejl</title>
<body><h1>Spejl is running</h1><p>The console is not built yet: run <code>pnpm start</code>
(or <code>pnpm --filter @spejl/admin build</code>) and reload.</p></body></html>`;

/**
 * Serves a built single-page app under `prefix`: files as they are, every other GET path gets its
 * index.html — through `page` when the app's page is made per response (the console's nonce).
 */
function mountSpa(app: Hono, prefix: '/' | '/s', dist: string, page?: (c: Context) => Promise<Response>): void {
  // serveStatic resolves roots against the working directory.
  const root = relative(process.cwd(), dist) || '.';
  const pattern = prefix === '/' ? '/*' : `${prefix}/*`;
  if (page) for (const path of ['/', '/index.html']) app.get(prefix === '/' ? path : `${prefix}${path}`, page);
  app.use(pattern, serveStatic({ root, rewriteRequestPath: (path) => (prefix === '/' ? path : path.slice(prefix.length) || '/') }));
  app.get(pattern, page ?? serveStatic({ root, path: 'index.html' }));
  if (prefix !== '/') app.get(prefix, (c) => c.redirect(`${prefix}/`));
}

/** Mounts the survey app at /s/ (when built) and the console at / (or a note saying how to build it). */
export function mountWebApps(app: Hono, dirs: { admin: string; survey: string }): void {
  if (existsSync(join(dirs.survey, 'index.html'))) mountSpa(app, '/s', dirs.survey);
  if (existsSync(join(dirs.admin, 'index.html'))) mountSpa(app, '/', dirs.admin, consolePage(join(dirs.admin, 'index.html')));
  else app.get('/*', (c) => c.html(NOT_BUILT, 503));
}
