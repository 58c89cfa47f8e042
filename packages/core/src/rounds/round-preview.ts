import { faggruppeKey, type AnyTheme } from '@spejl/plugin-sdk';
import type { FormRole, RoundStatus, TenantTx } from '@spejl/db';
import { outboxCopy } from '../mail/outbox-copy.ts';
import { formThemes, type SurveyTheme } from '../survey/form-themes.ts';
import { tenantExampleResolver } from '../themes/tenant-theme-source.ts';
import { deriveForms, type Assignment, type SnapshotPerson } from './form-derivation.ts';
import { getRound } from './lifecycle.ts';
import { roundInvitation } from './messages/round-invitation.ts';
import type { Round } from './round.ts';
import { currentPeople } from './scope-preview.ts';
import type { HierarchySnapshots } from './snapshot-source.ts';

/** Whom a preview shows the round to: a respondent group, a language (default the tenant's), a faggruppe (null: none). */
export interface PreviewAudience {
  role: FormRole;
  locale?: 'da' | 'en' | undefined;
  faggruppe: string | null;
}

/** Who is looking, for the invitation's greeting when nobody answers in the role yet. */
export interface PreviewViewer {
  name: string;
}

/** A round as one respondent meets it, built without a form, a respondent or a link. */
export interface RoundPreview {
  role: FormRole;
  locale: 'da' | 'en';
  /** Forms the round asks in this role: on today's hierarchy while a draft, on the frozen one after launch. */
  forms: number;
  /** The faggrupper of the people who answer in this role, so the admin can see each one's example. */
  faggrupper: string[];
  round: { name: string; status: RoundStatus; closesAt: Date; threshold: number };
  /** The form: whom it is about (an example from the hierarchy; null when nobody answers in the role) and its pages. */
  form: { role: FormRole; subjectName: string | null; themes: SurveyTheme[] };
  /** The invitation as the outbox keeps it: the round's text, the personal link replaced by a placeholder. */
  invitation: { subject: string; text: string };
}

/** The link the preview's invitation carries; the outbox copy replaces it, so no address is ever shown. */
const NO_LINK = 'https://spejl.invalid/s/#preview';

/** The people the round's forms come from: the live hierarchy before launch, the frozen snapshot after. */
function peopleOf(tx: TenantTx, round: Round, snapshots: HierarchySnapshots): Promise<SnapshotPerson[]> {
  return round.status === 'draft' ? currentPeople(tx) : snapshots.people(tx, round.id);
}

/** The first form in the role, preferably of someone in the faggruppe: whose example the preview shows. */
function exampleForm(inRole: readonly Assignment[], byId: ReadonlyMap<string, SnapshotPerson>, faggruppe: string | null): Assignment | undefined {
  const key = faggruppe === null ? null : faggruppeKey(faggruppe);
  const holds = (a: Assignment) => key !== null && faggruppeKey(byId.get(a.personId)?.faggruppe ?? '') === key;
  return inRole.find(holds) ?? inRole[0];
}

/**
 * Previews a round as a respondent in one role reads it: the forms come from the same derivation
 * launch runs (form-derivation.ts) and their pages from the same function the survey builds real
 * forms with (survey/form-themes.ts), the example from the tenant's framing for the chosen
 * faggruppe, the invitation from the round's own text. Reads only: nothing is written.
 */
export async function previewRound(tx: TenantTx, tenantId: string, roundId: string, audience: PreviewAudience, deps: { snapshots: HierarchySnapshots; viewer: PreviewViewer }): Promise<RoundPreview> {
  const round = await getRound(tx, roundId);
  const tenant = await tx.selectFrom('tenants').select(['locale', 'threshold']).where('id', '=', tenantId).executeTakeFirstOrThrow();
  const locale = audience.locale ?? tenant.locale;
  const people = await peopleOf(tx, round, deps.snapshots);
  const byId = new Map(people.map((p) => [p.personId, p]));
  const forms = deriveForms(people, round.scope, round.exemptLeaderIds).assignments;
  const inRole = forms.filter((a) => a.role === audience.role);
  const example = exampleForm(inRole, byId, audience.faggruppe);
  const faggrupper = [...new Set(inRole.map((a) => byId.get(a.personId)?.faggruppe?.trim()).filter((f): f is string => Boolean(f)))].sort((a, b) => a.localeCompare(b, 'da'));

  const resolve = await tenantExampleResolver(tx, tenantId);
  const themes = formThemes(round.themes as unknown as AnyTheme[], audience.role, locale, (theme) => resolve(theme, audience.faggruppe, locale));
  // The example person's invitation as they get it: its anonymity sentence covers every role they answer in.
  const roles = example ? [...new Set(forms.filter((a) => a.personId === example.personId).map((a) => a.role))] : [audience.role];
  const addressee = { to: '', name: (example && byId.get(example.personId)?.name) ?? deps.viewer.name, locale, roles };
  const mail = outboxCopy(await roundInvitation(tx, tenantId, round, addressee, NO_LINK), false);
  return {
    role: audience.role,
    locale,
    forms: inRole.length,
    faggrupper,
    round: { name: round.name, status: round.status, closesAt: round.closedAt ?? round.closesAt, threshold: round.threshold ?? tenant.threshold },
    form: { role: audience.role, subjectName: example ? (byId.get(example.subjectId)?.name ?? example.subjectId) : null, themes },
    invitation: { subject: mail.subject, text: mail.text },
  };
}
