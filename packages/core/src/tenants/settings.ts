import { z } from 'zod';
import { AA_TEXT_CONTRAST, canonicalTimeZone, carriesWhiteText, contrastRatio, DEFAULT_TIME_ZONE, HEX_COLOUR } from '@spejl/plugin-sdk';
import { nameSchema } from '../accounts/users.ts';
import { commentThresholdSchema } from '../comments/comment-threshold.ts';
import { codedParams } from '../errors/zod-issues.ts';

/** Sectors a tenant can belong to; they pick default framing texts and benchmark groups. */
export const sectorSchema = z.enum(['kommune', 'region', 'stat']);
/** Languages the console and mail speak. */
export const localeSchema = z.enum(['da', 'en']);
/** The anonymity threshold k: default 5, never below 3 (DESIGN.md). */
export const thresholdSchema = z.number().int().min(3, 'the anonymity threshold is at least 3').max(1000);
/** The peers' anonymity threshold: default 3, never below 3 (DESIGN.md, Anonymity). */
export const peerThresholdSchema = z.number().int().min(3, 'the peer threshold is at least 3').max(1000);

/** The tenant's time zone: an IANA name Intl knows, kept in its canonical spelling ("europe/copenhagen" → "Europe/Copenhagen"). */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .transform((zone, ctx) => {
    const canonical = canonicalTimeZone(zone);
    if (canonical) return canonical;
    ctx.addIssue({ code: 'custom', message: `"${zone}" is not a time zone; write its IANA name, e.g. Europe/Copenhagen`, params: codedParams('tenant.unknownTimeZone', { zone }) });
    return z.NEVER;
  });

const LOGO_MAX_BYTES = 256 * 1024;

function lowContrast(colour: string): string {
  const ratio = Math.floor(contrastRatio(colour, '#ffffff') * 10) / 10;
  return `primaryColor ${colour} has contrast ${ratio.toFixed(1)}:1 with white text; choose a darker colour (at least ${AA_TEXT_CONTRAST}:1)`;
}

/** A tenant's look in the console and survey: a brand colour and a small logo embedded as a data URL. */
export const brandingSchema = z
  .object({
    primaryColor: z
      .string()
      .regex(HEX_COLOUR, 'primaryColor must be a hex colour like #1d4ed8')
      // White text goes on it in the console, mail and survey: it must stay readable (WCAG AA).
      .refine((c) => !HEX_COLOUR.test(c) || carriesWhiteText(c), { error: (issue) => lowContrast(String(issue.input)) })
      .optional(),
    logoDataUrl: z
      .string()
      .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64, `the logo must be at most ${LOGO_MAX_BYTES / 1024} KiB`)
      .regex(/^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+=*$/, 'logoDataUrl must be a base64 data URL of a PNG, JPEG, WebP or SVG image')
      .optional(),
  })
  .strict();

/** The slug: lower-case letters, digits and dashes, as used in URLs and on the command line. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'the slug must be 2–63 lower-case letters, digits or dashes, starting with a letter or digit');

/** Everything an operator sets when creating a tenant. */
export const newTenantSchema = z.object({
  name: nameSchema,
  slug: slugSchema,
  sector: sectorSchema.default('kommune'),
  locale: localeSchema.default('da'),
  threshold: thresholdSchema.default(5),
  peerThreshold: peerThresholdSchema.default(3),
  /** null: the default max(k, 5); never below k. */
  commentThreshold: commentThresholdSchema.default(null),
  timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
  branding: brandingSchema.default({}),
});

/** The settings that can change later; every field optional. */
export const tenantPatchSchema = z.object({
  name: newTenantSchema.shape.name.optional(),
  slug: slugSchema.optional(),
  sector: sectorSchema.optional(),
  locale: localeSchema.optional(),
  threshold: thresholdSchema.optional(),
  peerThreshold: peerThresholdSchema.optional(),
  /** The comments' threshold; null goes back to the default max(k, 5). Never below k, the k of the same patch included. */
  commentThreshold: commentThresholdSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  branding: brandingSchema.optional(),
});

/** Input of `createTenant` before defaults. */
export type NewTenantInput = z.input<typeof newTenantSchema>;
/** Input of `updateTenant`. */
export type TenantPatch = z.infer<typeof tenantPatchSchema>;
