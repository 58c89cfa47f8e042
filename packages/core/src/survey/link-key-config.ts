import { dataDirFromEnv } from '@spejl/db';
import { loadAuthSecret } from '../accounts/secret.ts';
import { linkKey, type LinkKey } from './link-token.ts';

/**
 * The survey link key the server and the CLI share: SPEJL_LINK_SECRET, else derived from the
 * auth secret (AUTH_SECRET or the one kept in the data directory). Both processes must see the
 * same one, or links made at launch by one will not open in the other.
 */
export function linkKeyFromEnv(env: NodeJS.ProcessEnv = process.env): LinkKey {
  const own = env.SPEJL_LINK_SECRET?.trim();
  if (own) return linkKey(own);
  return linkKey(loadAuthSecret(env.AUTH_SECRET, dataDirFromEnv(env)).secret);
}
