import type { AnyTheme } from '@spejl/plugin-sdk';
import type { FormRole, TenantTx } from '@spejl/db';
import type { TenantExampleResolver } from '../themes/tenant-theme-source.ts';
import { fromCodes, type Answer } from './answers.ts';
import { isSavingDevice, type DeviceKey } from './device-key.ts';
import { formOwnerKey } from './form-key.ts';
import { formThemes, type SurveyTheme } from './form-themes.ts';
import { COMMENT_MAX_LENGTH } from '../comments/comment-limits.ts';
import type { SurveySession } from './session.ts';
import { builtInLocale, type RoundLocale } from '../languages/localised-texts.ts';
import { surveyLanguage, type SurveyLanguage } from '../languages/survey-language.ts';


export type { SurveyTheme };

/** One of the respondent's forms: about whom, in which role, and how far they got. */
export interface SurveyForm {
  slot: number;
  role: FormRole;
  subjectName: string;
  state: 'new' | 'saved' | 'submitted';
  /** Saved answers; only for the device that saved them, null elsewhere (device-key.ts). */
  answers: Answer[] | null;
  /** Saved comments by question id; like answers, only for the device that saved them. */
  comments: Record<string, string> | null;
  /** Another device saved this form: here it can be neither read nor changed. */
  otherDevice: boolean;
  themes: SurveyTheme[];
}

/** Everything the survey app shows behind one link. */
export interface SurveyContent {
  /** Whose survey it is: the organisation's name, brand colour (only one white text reads on) and logo. */
  organisation: SurveyOrganisation;
  respondent: { name: string; locale: string };
  /** The language shown, its direction, the round's languages to switch between, and the survey's own words in it. */
  language: SurveyLanguage;
  round: SurveyRound;
  /** The statements of every form, in the order answers are sent. */
  itemCount: number;
  forms: SurveyForm[];
}

/** The round as the survey shows it, with what the respondent is told before starting. */
export interface SurveyRound {
  name: string;
  status: string;
  closesAt: string;
  threshold: number;
  /** How many peers (sideordnede ledere) must answer before their figures are shown (locked at launch). */
  peerThreshold: number;
  /** How many forms of a group must be answered before its comments are shown (locked at launch). */
  commentThreshold: number;
  /** The longest comment, in characters. */
  commentMaxLength: number;
}

/** The organisation as the survey app shows it. */
export interface SurveyOrganisation {
  name: string;
  colour: string | null;
  logo: string | null;
  /** Its IANA time zone: the survey says the closing time as the organisation's clocks show it, not the phone's. */
  timeZone: string;
}

/** The round part of what a link shows; `shownDate` is when it closes (or closed). */
export function surveyRound(session: SurveySession, shownDate: Date): SurveyRound {
  return {
    name: session.roundName, status: session.status, closesAt: shownDate.toISOString(), threshold: session.threshold,
    peerThreshold: session.peerThreshold, commentThreshold: session.commentThreshold, commentMaxLength: COMMENT_MAX_LENGTH,
  };
}

/** Fills `{{omraadeeksempel}}` for one respondent (the themes module's tenant framing resolution). */
export type ExampleResolver = TenantExampleResolver;

/**
 * Builds what the respondent sees: their forms with texts for their role, language and faggruppe,
 * and the answers this device saved (none without a device key).
 */
export async function surveyContent(
  tx: TenantTx, session: SurveySession, secret: Buffer, device: DeviceKey | null, locale: RoundLocale, example: ExampleResolver, organisation: SurveyOrganisation,
): Promise<SurveyContent> {
  // The example ({{omraadeeksempel}}) is the organisation's own wording, in Danish or English only.
  const exampleLocale = builtInLocale(locale.tag);
  const round = await tx.selectFrom('rounds').select(['themes']).where('id', '=', session.roundId).executeTakeFirstOrThrow();
  // A round pins each theme's whole content (validated when it was a plugin or local theme).
  const pinned = round.themes as unknown as AnyTheme[];
  const assignments = await tx
    .selectFrom('round_assignments as a')
    .leftJoin('round_respondents as s', (j) => j.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.round_id', '=', 'a.round_id').onRef('s.person_id', '=', 'a.subject_id'))
    // A pulse's leader answers no form of it, so is no respondent: their name comes from the frozen hierarchy.
    .leftJoin('round_people as p', (j) => j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.round_id', '=', 'a.round_id').onRef('p.person_id', '=', 'a.subject_id'))
    .select(['a.slot', 'a.role', 'a.subject_id', 'a.finished_at', 's.name as subject_name', 'p.name as frozen_name'])
    .where('a.round_id', '=', session.roundId)
    .where('a.person_id', '=', session.personId)
    .orderBy('a.slot')
    .execute();
  const keys = assignments.map((a) => formOwnerKey(secret, a.slot));
  const forms = keys.length
    ? await tx.selectFrom('round_forms').select(['owner_key', 'answers', 'comments', 'submitted', 'device_hash']).where('round_id', '=', session.roundId).where('owner_key', 'in', keys).execute()
    : [];
  const byKey = new Map(forms.map((f) => [f.owner_key, f]));
  return {
    organisation,
    respondent: { name: session.name, locale: locale.tag },
    language: surveyLanguage(locale),
    round: surveyRound(session, session.closesAt),
    itemCount: session.itemCount,
    forms: assignments.map((a, i) => {
      const key = keys[i] as string;
      const stored = byKey.get(key);
      const mine = stored ? isSavingDevice(stored.device_hash, device, key) : false;
      return {
        slot: a.slot,
        role: a.role,
        subjectName: a.subject_name ?? a.frozen_name ?? a.subject_id,
        // A slot finished under an earlier link stays finished even though its answers cannot be shown.
        state: stored?.submitted || a.finished_at ? 'submitted' : stored ? 'saved' : 'new',
        answers: stored && mine ? fromCodes(stored.answers) : null,
        comments: stored && mine ? stored.comments : null,
        otherDevice: stored !== undefined && !mine,
        themes: formThemes(pinned, a.role, locale.picker, (t) => example(t, session.faggruppe, exampleLocale)),
      };
    }),
  };
}
