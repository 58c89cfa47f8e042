import { linkKeyFromEnv, personalToken } from '@spejl/core';
import type { RunningSpejl } from './server.ts';

/**
 * A respondent's personal link, as the invitation mails it: the token is derived from the server's
 * link key and the respondent's salt (`round_respondents.link_salt`).
 */
export function surveyLink(spejl: RunningSpejl, salt: string): string {
  return `${spejl.url}/s/#${personalToken(linkKeyFromEnv(), spejl.demoTenant.id, salt)}`;
}
