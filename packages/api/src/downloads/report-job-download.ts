import { Hono } from 'hono';
import { z } from 'zod';
import { openReportJobZip, SpejlError } from '@spejl/core';
import { reports as plugins } from '@spejl/plugin-registry';
import { sessionUser, type ApiServices } from '../trpc.ts';
import { checkDownloadTwoFactor } from './download-gate.ts';
import { attachment, badLink, refusal, signInFirst } from './download-answers.ts';
import { addInitiativeFileRoute } from './initiative-file-download.ts';

/*
 * Files too large for a tRPC answer, as plain GET routes the console links to: the browser saves
 * the download itself, with the session cookie the console already has (same origin), and the
 * bytes are streamed as they are made instead of passing through JSON and base64.
 */

/** Where the console links to a finished bulk PDF job's ZIP. */
export const REPORT_JOB_DOWNLOAD = '/report-jobs/:tenantId/:jobId/download';

const params = z.object({ tenantId: z.uuid(), jobId: z.uuid() });

/** The download routes, mounted by the server under /api. */
export function downloadRoutes(services: ApiServices): Hono {
  const app = new Hono();
  app.get(REPORT_JOB_DOWNLOAD, async (c) => {
    c.header('Cache-Control', 'private, no-store');
    const parsed = params.safeParse(c.req.param());
    if (!parsed.success) return badLink(c);
    // The same session lookup as every tRPC call.
    const user = await sessionUser(services, c.req.raw.headers);
    if (!user) return signInFirst(c);
    try {
      await checkDownloadTwoFactor(services, parsed.data.tenantId, user);
      const zip = await openReportJobZip(services.db, parsed.data.tenantId, parsed.data.jobId, user, plugins);
      return new Response(zip.stream, {
        headers: { 'Content-Type': 'application/zip', 'Content-Disposition': attachment(zip.fileName, 'download.zip'), 'Cache-Control': 'private, no-store' },
      });
    } catch (error) {
      if (error instanceof SpejlError) return refusal(c, error);
      throw error;
    }
  });
  addInitiativeFileRoute(app, services);
  return app;
}
