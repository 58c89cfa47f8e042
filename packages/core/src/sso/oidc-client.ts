import * as oidc from 'openid-client';
import type { SsoProviderConfig } from './sso-config.ts';

/*
 * The OpenID Connect protocol, done by openid-client (discovery, PKCE, state and nonce, ID token
 * signature, issuer, audience and expiry checks); Spejl decides only whom a verified answer signs in.
 */

/** What a sign-in started with, kept server-side until the provider sends the browser back. */
export interface PendingSignIn {
  tenantId: string;
  state: string;
  nonce: string;
  verifier: string;
  redirect: string;
}

async function discover(config: SsoProviderConfig): Promise<oidc.Configuration> {
  const issuer = new URL(config.issuer);
  // Plain http is accepted for loopback providers only (the config's schema refuses it elsewhere).
  const execute = issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
  return oidc.discovery(issuer, config.clientId, config.clientSecret, undefined, { execute, timeout: 10 });
}

/** Where to send the browser, and what to remember until it comes back. */
export async function beginOidc(config: SsoProviderConfig, redirectUri: string, redirect: string): Promise<{ url: URL; pending: PendingSignIn }> {
  const client = await discover(config);
  const verifier = oidc.randomPKCECodeVerifier();
  const pending: PendingSignIn = { tenantId: config.tenantId, state: oidc.randomState(), nonce: oidc.randomNonce(), verifier, redirect };
  const url = oidc.buildAuthorizationUrl(client, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url, pending };
}

/** The verified claims of the person the provider signed in: the ID token's, completed from userinfo. */
export async function finishOidc(config: SsoProviderConfig, callbackUrl: URL, pending: PendingSignIn): Promise<Record<string, unknown>> {
  const client = await discover(config);
  const tokens = await oidc.authorizationCodeGrant(client, callbackUrl, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims()!;
  if (claims[config.emailClaim] !== undefined) return { ...claims };
  // Some providers (ADFS, Entra with optional claims off) put the address only in userinfo.
  const info = await oidc.fetchUserInfo(client, tokens.access_token, claims.sub);
  return { ...info, ...claims };
}
