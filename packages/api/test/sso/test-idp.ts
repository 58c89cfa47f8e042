import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type OidcContext } from 'oidc-provider';

/**
 * A real OpenID Connect identity provider (panva's oidc-provider) on 127.0.0.1 for tests: its own
 * login page (any password; the login name picks the account), ID tokens signed with its own keys.
 * Consent is granted without asking, as a tenant's IdP does for its own applications. It closes
 * itself after `lifetimeMs` in case a test run forgets to.
 */
export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claims a login name signs in with; a login without an entry gets `{ email: login, email_verified: true }`. */
  accounts: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startTestIdp(redirectUris: string[], lifetimeMs = 10 * 60_000): Promise<TestIdp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Record<string, unknown>>();
  const clientId = 'spejl-test';
  const clientSecret = 'test-client-secret-0123456789abcdef';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, token_endpoint_auth_method: 'client_secret_post' }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], upn: ['upn'] },
    scopes: ['openid', 'email', 'profile'],
    cookies: { keys: ['test-idp-cookie-key-0123456789'] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, ...(accounts.get(id) ?? { email: id, email_verified: true }) }),
    }),
    loadExistingGrant: async (ctx: OidcContext) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    // ID tokens carry the claims (as Entra ID and ADFS do), not only userinfo.
    conformIdTokenClaims: false,
  });
  server.on('request', provider.callback());
  const timer = setTimeout(() => server.close(), lifetimeMs);
  timer.unref();
  const close = () => new Promise<void>((resolve) => {
    clearTimeout(timer);
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { issuer, clientId, clientSecret, accounts, close };
}
