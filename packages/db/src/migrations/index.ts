import type { Migration } from 'kysely';
import * as foundation from './0001_foundation.ts';
import * as hierarchy from './0002_hierarchy.ts';
import * as themes from './0003_themes.ts';
import * as rounds from './0004_rounds.ts';
import * as reports from './0005_reports.ts';
import * as leaderPerson from './0006_leader_person.ts';
import * as surveySubmit from './0007_survey_submit.ts';
import * as surveySubmitTenant from './0008_survey_submit_tenant.ts';
import * as reportJobs from './0009_report_jobs.ts';
import * as formsUnpaired from './0010_forms_unpaired.ts';
import * as surveyLinkGuesses from './0011_survey_link_guesses.ts';
import * as secretsAndSignIn from './0012_secrets_and_sign_in.ts';
import * as peopleImportSafety from './0015_people_import_safety.ts';
import * as tenantTimeZone from './0016_tenant_time_zone.ts';
import * as remindersByHand from './0017_reminders_by_hand.ts';
import * as auditByActor from './0018_audit_by_actor.ts';
import * as outboxSubjectsWithoutLinks from './0019_outbox_subjects_without_links.ts';
import * as reminderForms from './0020_reminder_forms.ts';
import * as remindersNotNeeded from './0021_reminders_not_needed.ts';
import * as roundResultsVersion from './0022_round_results_version.ts';
import * as unlinkInCore from './0023_unlink_in_core.ts';
import * as formLocksPerTenant from './0024_form_locks_per_tenant.ts';
import * as peers from './0025_peers.ts';
import * as comments from './0026_comments.ts';
import * as commentReview from './0027_comment_review.ts';
import * as commentMasksOnly from './0028_comment_masks_only.ts';
import * as peerNominations from './0029_peer_nominations.ts';
import * as followUpPlans from './0030_follow_up_plans.ts';
import * as dialogueMeetings from './0031_dialogue_meetings.ts';
import * as initiatives from './0032_initiatives.ts';
import * as unitCodes from './0033_unit_codes.ts';
import * as auditReadable from './0034_audit_readable.ts';
import * as pulses from './0035_pulses.ts';
import * as retention from './0036_retention.ts';
import * as twoFactor from './0037_two_factor.ts';
import * as sso from './0038_sso.ts';
import * as safetynetSync from './0039_safetynet_sync.ts';
import * as letterCodes from './0040_letter_codes.ts';
import * as roundLanguages from './0041_round_languages.ts';
import * as auditPseudonymWords from './0042_audit_pseudonym_words.ts';

/**
 * Forward-only migrations, in order. Listed here rather than read from a folder so
 * bundling cannot lose one; each concept appends its own file. A name, once released, never
 * changes: databases remember the names they ran (0013 and 0014 were never written).
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_hierarchy': hierarchy,
  '0003_themes': themes,
  '0004_rounds': rounds,
  '0005_reports': reports,
  '0006_leader_person': leaderPerson,
  '0007_survey_submit': surveySubmit,
  '0008_survey_submit_tenant': surveySubmitTenant,
  '0009_report_jobs': reportJobs,
  '0010_forms_unpaired': formsUnpaired,
  '0011_survey_link_guesses': surveyLinkGuesses,
  '0012_secrets_and_sign_in': secretsAndSignIn,
  '0015_people_import_safety': peopleImportSafety,
  '0016_tenant_time_zone': tenantTimeZone,
  '0017_reminders_by_hand': remindersByHand,
  '0018_audit_by_actor': auditByActor,
  '0019_outbox_subjects_without_links': outboxSubjectsWithoutLinks,
  '0020_reminder_forms': reminderForms,
  '0021_reminders_not_needed': remindersNotNeeded,
  '0022_round_results_version': roundResultsVersion,
  '0023_unlink_in_core': unlinkInCore,
  '0024_form_locks_per_tenant': formLocksPerTenant,
  '0025_peers': peers,
  '0026_comments': comments,
  '0027_comment_review': commentReview,
  '0028_comment_masks_only': commentMasksOnly,
  '0029_peer_nominations': peerNominations,
  '0030_follow_up_plans': followUpPlans,
  '0031_dialogue_meetings': dialogueMeetings,
  '0032_initiatives': initiatives,
  '0033_unit_codes': unitCodes,
  '0034_audit_readable': auditReadable,
  '0035_pulses': pulses,
  '0036_retention': retention,
  '0037_two_factor': twoFactor,
  '0038_sso': sso,
  '0039_safetynet_sync': safetynetSync,
  '0040_letter_codes': letterCodes,
  '0041_round_languages': roundLanguages,
  '0042_audit_pseudonym_words': auditPseudonymWords,
};
