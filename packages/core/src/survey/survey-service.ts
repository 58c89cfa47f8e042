import { withTenant, type Database, type Kysely, type TenantTx } from '@spejl/db';
import { tenantExampleResolver } from '../themes/tenant-theme-source.ts';
import { carriesWhiteText } from '@spejl/plugin-sdk';
import { roundLocale } from '../languages/localised-texts.ts';
import { surveyLanguage } from '../languages/survey-language.ts';
import { surveyContent, surveyRound, type SurveyContent, type SurveyOrganisation } from './content.ts';
import type { DeviceKey } from './device-key.ts';
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

/** The tenant's name, branding and time zone; a colour white text does not read on is left out (WCAG AA). */
async function organisationOf(tx: TenantTx, tenantId: string): Promise<SurveyOrganisation> {
  const tenant = await tx.selectFrom('tenants').select(['name', 'branding', 'time_zone']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  const { primaryColor, logoDataUrl } = tenant.branding;
  return {
    name: tenant.name,
    colour: primaryColor && carriesWhiteText(primaryColor) ? primaryColor : null,
    logo: logoDataUrl?.startsWith('data:image/') ? logoDataUrl : null,
    timeZone: tenant.time_zone,
  };
}

/**
 * What a link shows: the respondent's forms and texts, or a clear message when the round is not
 * open. Saved answers only to the device that saved them (`device`; none without one).
 */
export async function openSurvey(db: Kysely<Database>, token: string, asked: string | undefined, device: DeviceKey | null = null): Promise<SurveyContent> {
  return withSession(db, token, async (session, secret, tx) => {
    const organisation = await organisationOf(tx, session.tenantId);
    // The respondent's switch, else their language from the people file; Danish if the round has neither.
    const locale = await roundLocale(tx, session.roundId, asked ?? session.locale);
    if (session.status !== 'open') {
      return {
        organisation,
        respondent: { name: session.name, locale: locale.tag },
        language: surveyLanguage(locale),
        round: surveyRound(session, session.closedAt ?? session.closesAt),
        itemCount: session.itemCount,
        forms: [],
      };
    }
    // Faggruppe → tenant → sector → neutral wording of {{omraadeeksempel}} (the themes module decides).
    return surveyContent(tx, session, secret, device, locale, await tenantExampleResolver(tx, session.tenantId), organisation);
  });
}

/**
 * Saves or submits one form behind a link, from the device that saved it first (any device for a
 * new form). Without a device nothing is stored; the link is checked first all the same.
 */
export async function saveSurveyForm(db: Kysely<Database>, token: string, device: DeviceKey | null, save: FormSave): Promise<SaveReceipt> {
  const parsed = parseToken(token);
  if (!parsed) throw new UnknownLinkError();
  return submitFormOnce(db, parsed.tenantId, parsed.secret, device, save);
}
