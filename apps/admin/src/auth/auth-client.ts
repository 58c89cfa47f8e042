import { createAuthClient } from 'better-auth/vue';
import { inferAdditionalFields, twoFactorClient } from 'better-auth/client/plugins';

/** better-auth's client on the console's own origin (the server mounts it at /api/auth). */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: '/api/auth',
  // The server's extra user fields, so `session.user.operator` is typed; two-factor's endpoints (the
  // login page reads `twoFactorRedirect` itself and shows its code step, so no redirect is configured).
  plugins: [
    inferAdditionalFields({ user: { operator: { type: 'boolean', required: false }, locale: { type: 'string', required: false } } }),
    twoFactorClient(),
  ],
});

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules.ts';
