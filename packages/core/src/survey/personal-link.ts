import { formatToken, linkSecret, type LinkKey } from './link-token.ts';

/** The token of a respondent's link, recomputed from their stored salt (the link itself is never stored). */
export function personalToken(key: LinkKey, tenantId: string, salt: string): string {
  return formatToken(tenantId, linkSecret(key, salt));
}

/** The full personal link: the survey app at `/s/`, the token in the fragment so it never reaches a server log. */
export function personalLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/s/#${token}`;
}
