import type { Hono } from 'hono';
import { z } from 'zod';
import { codedError, readMaterialFile, SpejlError, tenantAccess } from '@spejl/core';
import { withTenant } from '@spejl/db';
import { sessionUser, type ApiServices } from '../trpc.ts';
import { checkOperatorTwoFactor, checkTenantTwoFactor } from '../two-factor-gate.ts';
import { attachment, badLink, refusal, signInFirst } from './download-answers.ts';

/** Where the console links to one file of an initiative's material. */
export const INITIATIVE_FILE_DOWNLOAD = '/initiatives/:tenantId/:initiativeId/files/:fileId';

const params = z.object({ tenantId: z.uuid(), initiativeId: z.uuid(), fileId: z.uuid() });

/**
 * Headers that keep a material file from acting in the console's origin: always a download, never
 * sniffed into another type, and — should a browser render it anyway — a sandbox with no script,
 * no plugins and no same-origin access.
 */
export const SAFE_FILE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'private, no-store',
} as const;

/** Adds the material-file route: an admin or a leader the initiative is aimed at, with the session the console has. */
export function addInitiativeFileRoute(app: Hono, services: ApiServices): void {
  app.get(INITIATIVE_FILE_DOWNLOAD, async (c) => {
    for (const [name, value] of Object.entries(SAFE_FILE_HEADERS)) c.header(name, value);
    const parsed = params.safeParse(c.req.param());
    if (!parsed.success) return badLink(c);
    const user = await sessionUser(services, c.req.raw.headers);
    if (!user) return signInFirst(c);
    const { tenantId, initiativeId, fileId } = parsed.data;
    try {
      checkOperatorTwoFactor(user, services.requireOperatorTwoFactor);
      const file = await withTenant(services.db, tenantId, async (tx) => {
        const access = await tenantAccess(tx, tenantId, user);
        // The same answer as for an initiative that is not there: another tenant's ids reveal nothing.
        if (!access) throw codedError('NOT_FOUND', 'initiatives.notFound', {});
        // The tenant's two-factor rule, on the access this route reads anyway.
        checkTenantTwoFactor(user, access, services.requireOperatorTwoFactor);
        return readMaterialFile(tx, { userId: user.id, role: access.role, personId: access.personId }, initiativeId, fileId);
      });
      return new Response(new Uint8Array(file.bytes), {
        headers: { ...SAFE_FILE_HEADERS, 'Content-Type': file.contentType, 'Content-Disposition': attachment(file.fileName, 'fil'), 'Content-Length': String(file.bytes.byteLength) },
      });
    } catch (error) {
      if (error instanceof SpejlError) return refusal(c, error);
      throw error;
    }
  });
}
