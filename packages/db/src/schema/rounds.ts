import type { ColumnType, Generated } from 'kysely';

/** Where a round is in its life; only draft → open → closed → archived (enforced by a trigger). */
export type RoundStatus = 'draft' | 'open' | 'closed' | 'archived';
/** Who answers: employee about their own leader, the leader about themself, the superior about a direct-report leader, a peer (sideordnet leder) about a leader they work closely with. */
export type FormRole = 'employee' | 'self' | 'superior' | 'peer';
/** A theme pinned at the version the round was created with: its whole content, so later releases change nothing. */
export interface PinnedTheme { id: string; version: string; [field: string]: unknown }
/** A form's comments: open question id → the rater's text (only questions they answered). */
export type FormComments = Record<string, string>;
/** One position of a form's answers array: theme and item, in the order the round asks them. */
export interface RoundItem { theme: string; item: string }
/** Who is evaluated: the whole organisation, the chains below chosen leaders, or chosen levels (1 = top). */
export type RoundScope =
  | { kind: 'all' }
  | { kind: 'chains'; leaderIds: string[] }
  | { kind: 'levels'; levels: number[] };
/** A mail text in one language; `{{name}}`, `{{link}}`, `{{closes}}` and `{{round}}` are filled in. */
export interface MailText { subject: string; body: string }
/** Invitation and reminder texts in Danish and English. */
export interface RoundTexts {
  invitation: { da: MailText; en: MailText };
  reminder: { da: MailText; en: MailText };
}
/** One planned reminder, sent to those who have not finished. */
export interface PlannedReminder { at: string }

type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Survey rounds and what hangs off them. Every key starts with tenant_id (DESIGN.md, tenancy). */
export interface RoundTables {
  rounds: {
    tenant_id: string;
    id: Generated<string>;
    name: string;
    status: Generated<RoundStatus>;
    themes: Json<PinnedTheme[]>;
    items: Json<RoundItem[]>;
    scope: Json<RoundScope>;
    exempt_leader_ids: ColumnType<string[], string[] | undefined, string[]>;
    opens_at: Timestamp;
    closes_at: Timestamp;
    reminders: Json<PlannedReminder[]>;
    texts: Json<RoundTexts>;
    threshold: number | null;
    /** The peers' anonymity threshold, copied from the tenant at launch and frozen (migration 0025). */
    peer_threshold: number | null;
    /** Comments' threshold, copied from the tenant at launch and frozen; never below k (migration 0026). */
    comment_threshold: number | null;
    /** The round's open questions (`<theme>.<question>`, local ones `lokale.<question>`), as items lists its statements. */
    questions: ColumnType<string[], string | undefined, string>;
    /** Whether comments wait for an analyst's review before release; copied from the tenant at launch and frozen (migration 0027). */
    comment_review: Generated<boolean>;
    /** When the round's comments became readable: at close without review, at an analyst's release with it (migration 0027). */
    comments_released_at: Timestamp | null;
    launched_at: Timestamp | null;
    closed_at: Timestamp | null;
    archived_at: Timestamp | null;
    /** When retention deleted the round's personal data; its anonymous results stay (migration 0036). */
    personal_data_erased_at: Timestamp | null;
    created_at: Generated<Date>;
    /** A new random value whenever a closed round's results change (an import): what servers' result caches key on. */
    results_version: string | null;
    /** The main round a pulse follows up; null for a main round (migration 0035). */
    parent_round_id: ColumnType<string | null, string | null | undefined, string | null>;
  };
  /** A pulse: whose teams it asks (their direct employees in the main round) and who started it (migration 0035). */
  round_pulses: {
    tenant_id: string;
    round_id: string;
    parent_round_id: string;
    leader_ids: string[];
    started_as: 'leader' | 'admin';
    started_by: string | null;
    plan_id: string | null;
    created_at: Generated<Date>;
  };
  /** A round's peers: set before launch, completed from the standing list and frozen at launch. */
  round_peers: {
    tenant_id: string;
    round_id: string;
    subject_id: string;
    peer_id: string;
  };
  /** A leader's nomination of a peer for a draft round, and its superior's decision (migration 0029). */
  peer_nominations: {
    tenant_id: string;
    id: Generated<string>;
    round_id: string;
    subject_id: string;
    peer_id: string;
    status: Generated<'pending' | 'approved' | 'rejected'>;
    nominated_by: string | null;
    decided_by: string | null;
    created_at: Generated<Date>;
    decided_at: Date | null;
  };
  /** The tenant's standing list of peers, used by every round that has no own list for a subject. */
  standing_peers: {
    tenant_id: string;
    subject_id: string;
    peer_id: string;
  };
  /** A language added to a round, with its translations of the round's texts by key (Danish is the source). */
  round_languages: {
    tenant_id: string;
    round_id: string;
    locale: string;
    texts: Json<Record<string, string>>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  round_respondents: {
    tenant_id: string;
    round_id: string;
    person_id: string;
    name: string;
    email: string | null;
    /** A BCP-47 tag: 'da', 'en' or a language the round added (round_languages). */
    locale: Generated<string>;
    faggruppe: string | null;
    link_salt: string;
    token_hash: string;
    /** Keyed hash of the code on the respondent's latest printed letter (migration 0040); the code itself is never stored. */
    letter_code_hash: string | null;
  };
  /** Progress only: who has finished which slot. Never a form id. */
  round_assignments: {
    tenant_id: string;
    round_id: string;
    person_id: string;
    slot: number;
    subject_id: string;
    role: FormRole;
    finished_at: Timestamp | null;
  };
  /** What was answered, with no link to who answered (see migration 0004). */
  round_forms: {
    tenant_id: string;
    round_id: string;
    id: Generated<string>;
    subject_id: string;
    role: FormRole;
    /** One code per rounds.items entry: 0 = blank, 1–5, 6 = ved ikke (the scoring answer codes). */
    answers: number[];
    /** Comments by question id (rounds.questions), each at most 2,000 characters, CPR numbers masked; rewritten with the form at close. */
    comments: ColumnType<FormComments, string | undefined, string>;
    submitted: Generated<boolean>;
    source: 'link' | 'import';
    /** Only while the round is open: how the respondent's link finds the form (survey/form-key.ts). */
    owner_key: string | null;
    /** Only while the round is open: which device may read the form back and change it (survey/device-key.ts). */
    device_hash: string | null;
  };
  round_messages: {
    tenant_id: string;
    id: Generated<string>;
    round_id: string;
    person_id: string;
    kind: 'invitation' | 'reminder' | 'resend';
    seq: Generated<number>;
    /** `unneeded`: a reminder set aside because its addressee finished everything before it went out. */
    status: Generated<'pending' | 'sending' | 'sent' | 'stored' | 'failed' | 'unneeded'>;
    attempts: Generated<number>;
    next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
    lease_until: Timestamp | null;
    last_error: string | null;
    sent_at: Timestamp | null;
    created_at: Generated<Date>;
  };
  round_reminder_runs: {
    tenant_id: string;
    round_id: string;
    seq: number;
    ran_at: Generated<Date>;
    /** Mails the run queued (one a person); for the mail job, shown nowhere (migration 0020). */
    recipients: number;
    /** Forms of its audience not yet answered when it ran: what it says of itself; null before migration 0020. */
    unfinished_forms: number | null;
    /** Sent now by an admin rather than by the round's plan (migration 0017). */
    by_hand: Generated<boolean>;
    /** The leader whose chain a reminder sent by hand went to; null: everyone unfinished. */
    chain_of: string | null;
    /** The user who sent a reminder by hand. */
    requested_by: string | null;
  };
}
