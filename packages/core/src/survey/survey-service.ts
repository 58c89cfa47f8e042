import { withTenant, type Database, type Kysely, type TenantTx } from '@spejl/db';
import { tenantExampleResolver } from '../themes/tenant-theme-source.ts';
import { surveyContent, type SurveyContent } from './content.ts';
import { parseToken } from './link-token.ts';
import { findSession, type SurveySession } from './session.ts';
import { submitFormOnce, UnknownLinkError, type FormSave, type SaveReceipt } from './submit.ts';

async function withSession<T>(db: Kysely<Database>, token: string, fn: (s: SurveySession, secret: Buffer, tx: TenantTx) => Promise<T>): Promise<T> {
  const parsed = parseToken(token);
  if (!parsed) throw new UnknownLinkError();
  return withTenant(db, parsed.tenantId, async (tx) => {
    const session = await findSession(tx, parsed.tenantId, parsed.secret);
    if (!session) throw new UnknownLinkError();
    return fn(session, parsed.secret, tx);
  });
}

/** What a link shows: the respondent's forms and texts, or a clear message when the round is not open. */
export async function openSurvey(db: Kysely<Database>, token: string, locale: 'da' | 'en' | undefined): Promise<SurveyContent> {
  return withSession(db, token, async (session, secret, tx) => {
    if (session.status !== 'open') {
      return {
        respondent: { name: session.name, locale: locale ?? session.locale },
        round: { name: session.roundName, status: session.status, closesAt: (session.closedAt ?? session.closesAt).toISOString(), threshold: session.threshold },
        itemCount: session.itemCount,
        forms: [],
      };
    }
    // Faggruppe → tenant → sector → neutral wording of {{omraadeeksempel}} (the themes module decides).
    return surveyContent(tx, session, secret, locale ?? session.locale, await tenantExampleResolver(tx, session.tenantId));
  });
}

/** Saves or submits one form behind a link. */
export async function saveSurveyForm(db: Kysely<Database>, token: string, save: FormSave): Promise<SaveReceipt> {
  const parsed = parseToken(token);
  if (!parsed) throw new UnknownLinkError();
  return submitFormOnce(db, parsed.tenantId, parsed.secret, save);
}
