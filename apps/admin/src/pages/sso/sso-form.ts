/** The SSO settings form's values, and how they map to and from the API (pure, for the page and its test). */
export type SsoRole = 'admin' | 'analyst' | 'leader';

export interface SsoFormValues {
  enabled: boolean;
  issuer: string;
  clientId: string;
  /** Empty keeps the stored secret. */
  clientSecret: string;
  emailClaim: string;
  /** One domain per line (commas and spaces also split). */
  domains: string;
  provision: boolean;
  provisionRole: SsoRole;
  ssoOnly: boolean;
}

export interface SsoConfigShown {
  enabled: boolean;
  issuer: string;
  clientId: string;
  emailClaim: string;
  allowedDomains: string[];
  provision: boolean;
  provisionRole: SsoRole;
  ssoOnly: boolean;
}

export function emptySsoForm(): SsoFormValues {
  return { enabled: true, issuer: '', clientId: '', clientSecret: '', emailClaim: 'email', domains: '', provision: false, provisionRole: 'leader', ssoOnly: false };
}

export function formOf(config: SsoConfigShown): SsoFormValues {
  return { ...config, clientSecret: '', domains: config.allowedDomains.join('\n') };
}

export function domainsOf(text: string): string[] {
  return text.split(/[\s,;]+/).map((d) => d.trim().toLowerCase()).filter(Boolean);
}

/** The save call's input; the secret only when one was typed. */
export function inputOf(values: SsoFormValues) {
  return {
    enabled: values.enabled,
    issuer: values.issuer.trim(),
    clientId: values.clientId.trim(),
    ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}),
    emailClaim: values.emailClaim.trim() || 'email',
    allowedDomains: domainsOf(values.domains),
    provision: values.provision,
    provisionRole: values.provisionRole,
    ssoOnly: values.ssoOnly,
  };
}

/** The i18n keys of the fields left empty (the server checks the rest). */
export function missingFields(values: SsoFormValues, hasSecret: boolean): Partial<Record<'issuer' | 'clientId' | 'clientSecret' | 'domains', string>> {
  const missing: Partial<Record<'issuer' | 'clientId' | 'clientSecret' | 'domains', string>> = {};
  if (!/^https?:\/\//.test(values.issuer.trim())) missing.issuer = 'sso.validation.issuer';
  if (!values.clientId.trim()) missing.clientId = 'sso.validation.clientId';
  if (!hasSecret && !values.clientSecret) missing.clientSecret = 'sso.validation.clientSecret';
  if (domainsOf(values.domains).length === 0) missing.domains = 'sso.validation.domains';
  return missing;
}
