import { DEFAULT_TIME_ZONE } from '@spejl/plugin-sdk/render';
import { AA_TEXT_CONTRAST, contrastRatio, formatRatio, HEX_COLOUR } from '../../branding/colour.ts';
import { SLUG_PATTERN } from './slug.ts';

/** The tenant editor's values, as the form holds them. */
export interface TenantFormValues {
  name: string;
  slug: string;
  sector: 'kommune' | 'region' | 'stat';
  locale: 'da' | 'en';
  threshold: number | null;
  /** The peers' threshold (DESIGN.md, Anonymity): at least 3. */
  peerThreshold: number | null;
  /** The comments' threshold; null is the default max(k, 5). Never below k. */
  commentThreshold: number | null;
  /** IANA name; the server checks it and says an unknown one (tenant.unknownTimeZone). */
  timeZone: string;
  primaryColor: string;
  logoDataUrl: string | null;
  /** Only when creating: whom to invite as the first admin ('' for nobody). */
  firstAdminEmail: string;
}

/** A problem with one field: an i18n key and its parameters. */
export interface FieldProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** The lowest anonymity threshold DESIGN.md allows, and the default. */
export const MIN_THRESHOLD = 3;
/** The default anonymity threshold. */
export const DEFAULT_THRESHOLD = 5;
/** The default peers' threshold, also its lowest. */
export const DEFAULT_PEER_THRESHOLD = 3;

/** The comment threshold a tenant without its own has: k, but at least 5 (DESIGN.md, Anonymity). */
export function defaultCommentThreshold(k: number | null): number {
  return Math.max(k ?? DEFAULT_THRESHOLD, DEFAULT_THRESHOLD);
}

/** An empty form for a new tenant, with the defaults the server would choose. */
export function emptyTenantForm(): TenantFormValues {
  return { name: '', slug: '', sector: 'kommune', locale: 'da', threshold: DEFAULT_THRESHOLD, peerThreshold: DEFAULT_PEER_THRESHOLD, commentThreshold: null, timeZone: DEFAULT_TIME_ZONE, primaryColor: '', logoDataUrl: null, firstAdminEmail: '' };
}

/** Checks the form the way the server will, so mistakes are explained before anything is sent. */
export function validateTenantForm(values: TenantFormValues, locale: string): Partial<Record<keyof TenantFormValues, FieldProblem>> {
  const problems: Partial<Record<keyof TenantFormValues, FieldProblem>> = {};
  if (!values.name.trim()) problems.name = { key: 'tenants.validation.nameRequired' };
  if (!SLUG_PATTERN.test(values.slug)) problems.slug = { key: 'tenants.validation.slugInvalid' };
  if (values.threshold === null || !Number.isInteger(values.threshold)) problems.threshold = { key: 'tenants.validation.thresholdWhole' };
  else if (values.threshold < MIN_THRESHOLD) problems.threshold = { key: 'tenants.validation.thresholdTooLow' };
  if (values.peerThreshold === null || !Number.isInteger(values.peerThreshold)) problems.peerThreshold = { key: 'tenants.validation.peerThresholdWhole' };
  else if (values.peerThreshold < MIN_THRESHOLD) problems.peerThreshold = { key: 'tenants.validation.peerThresholdTooLow' };
  if (values.commentThreshold !== null) {
    if (!Number.isInteger(values.commentThreshold)) problems.commentThreshold = { key: 'tenants.validation.commentThresholdWhole' };
    else if (values.commentThreshold < Math.max(values.threshold ?? MIN_THRESHOLD, MIN_THRESHOLD)) {
      problems.commentThreshold = { key: 'tenants.validation.commentThresholdBelowK', params: { k: Math.max(values.threshold ?? MIN_THRESHOLD, MIN_THRESHOLD) } };
    }
  }
  // The server checks the address fully; this catches what a person can see is not one.
  const invitee = values.firstAdminEmail.trim();
  if (invitee && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(invitee)) problems.firstAdminEmail = { key: 'onboarding.firstAdmin.invalid' };
  const colour = values.primaryColor.trim();
  if (colour && !HEX_COLOUR.test(colour)) problems.primaryColor = { key: 'tenants.validation.colorInvalid' };
  else if (colour && contrastRatio(colour, '#ffffff') < AA_TEXT_CONTRAST) {
    problems.primaryColor = { key: 'tenants.validation.contrastTooLow', params: { ratio: formatRatio(contrastRatio(colour, '#ffffff'), locale) } };
  }
  return problems;
}

/** The branding object the server stores: only what was set. */
export function brandingOf(values: TenantFormValues): { primaryColor?: string; logoDataUrl?: string } {
  const colour = values.primaryColor.trim().toLowerCase();
  return { ...(colour ? { primaryColor: colour } : {}), ...(values.logoDataUrl ? { logoDataUrl: values.logoDataUrl } : {}) };
}

/** The form's values for an existing tenant. */
export function formValuesOf(tenant: {
  name: string;
  slug: string;
  sector: TenantFormValues['sector'];
  locale: TenantFormValues['locale'];
  threshold: number;
  peerThreshold: number;
  commentThreshold: number | null;
  timeZone: string;
  branding: { primaryColor?: string; logoDataUrl?: string };
}): TenantFormValues {
  return {
    name: tenant.name,
    slug: tenant.slug,
    sector: tenant.sector,
    locale: tenant.locale,
    threshold: tenant.threshold,
    peerThreshold: tenant.peerThreshold,
    commentThreshold: tenant.commentThreshold,
    timeZone: tenant.timeZone,
    primaryColor: tenant.branding.primaryColor ?? '',
    logoDataUrl: tenant.branding.logoDataUrl ?? null,
    firstAdminEmail: '',
  };
}
