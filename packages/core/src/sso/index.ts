export { spejlSso, SSO_REQUIRED } from './sso-plugin.ts';
export { getSsoConfig, saveSsoConfig, removeSsoConfig, ssoConfigInputSchema, type SsoConfigInput, type SsoConfigView } from './sso-config.ts';
export { findSsoTenant } from './sso-directory.ts';
