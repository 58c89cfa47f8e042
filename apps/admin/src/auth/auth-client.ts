import { createAuthClient } from 'better-auth/vue';
import { inferAdditionalFields } from 'better-auth/client/plugins';

/** better-auth's client on the console's own origin (the server mounts it at /api/auth). */
export const authClient = createAuthClient({
  baseURL: window.location.origin,
  basePath: '/api/auth',
  // The server's extra user fields, so `session.user.operator` is typed.
  plugins: [inferAdditionalFields({ user: { operator: { type: 'boolean', required: false }, locale: { type: 'string', required: false } } })],
});

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules.ts';
