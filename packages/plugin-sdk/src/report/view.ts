import type { Locale } from '../locales.ts';
import type { RaterRole } from '../roles.ts';
import type { CommentsView } from './comments-view.ts';

/** What a report covers: one leader, a leader's chain broken down by the units below, or the whole organisation. */
export type ReportScope = 'leader' | 'chain' | 'tenant';

/**
 * Why a number is withheld. `below-threshold`: fewer than k forms; `too-few-answers`:
 * fewer than k answers other than *ved ikke*; `complementary`: publishing it would let
 * a reader subtract their way to a smaller group; `no-forms`: nobody answered.
 */
export type SuppressionReason = 'below-threshold' | 'too-few-answers' | 'complementary' | 'no-forms';

/** A group withheld by the anonymity filter: no numbers at all, only why. */
export interface Suppressed {
  readonly suppressed: true;
  readonly reason: SuppressionReason;
}

/** Answer counts for the values 1–5 of agree5, in order. */
export type Counts5 = readonly [number, number, number, number, number];

/** A published aggregate of one item over one group of forms. */
export interface ItemAggregate {
  readonly suppressed: false;
  /** Forms in the group (whether or not they answered this item). */
  readonly forms: number;
  /** Valid answers (1–5). */
  readonly n: number;
  readonly dontKnow: number;
  /** Mean of the valid answers; null when there are none (possible only for one known rater). */
  readonly mean: number | null;
  /** Sample standard deviation (n − 1); null below two answers. */
  readonly sd: number | null;
  readonly counts: Counts5;
}

/** A published theme score over one group: the mean of each form's mean over the theme's items. */
export interface ThemeAggregate {
  readonly suppressed: false;
  readonly forms: number;
  /** Forms with at least one valid answer in the theme. */
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
}

/** One aggregate per rater role asked; a role absent from the map was not asked in the round. */
export type RoleAggregates<T> = { readonly [R in RaterRole]?: T | Suppressed };

/** The scores of one theme over one group of forms. */
export interface ThemeScores {
  readonly theme: RoleAggregates<ThemeAggregate>;
  /** Keyed by item id. */
  readonly items: Readonly<Record<string, RoleAggregates<ItemAggregate>>>;
}

/** Scores of one group of forms, keyed by theme id. */
export interface GroupScores {
  readonly themes: Readonly<Record<string, ThemeScores>>;
}

/** `direct`: forms about the leader; `chain`: forms about the leader and everyone below. Null where it means nothing (tenant scope). */
export interface ScopedScores {
  readonly direct: GroupScores | null;
  readonly chain: GroupScores;
}

/** How many were invited and answered; counts only, never who. */
export interface ResponseRate {
  readonly invited: number;
  readonly answered: number;
}

/** Response rates per rater role. */
export type RoleRates = { readonly [R in RaterRole]?: ResponseRate };

/** A theme's content in the report's language, placeholders already filled in. */
export interface ThemeContentView {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly about: { readonly what: string; readonly why: string; readonly how: string | null };
  /** The intro employees read, as they read it (example filled in with the organisation's default). */
  readonly intro: string;
  readonly items: readonly { readonly id: string; readonly label: string; readonly text: { readonly [R in RaterRole]?: string } }[];
  readonly guidance: GuidanceView | null;
  readonly framingNote: string | null;
  /** Since SDK 1.3: the theme's open questions (their labels); empty when it asks none. */
  readonly questions?: readonly { readonly id: string; readonly label: string }[];
}

/** Guidance texts in the report's language. */
export interface GuidanceView {
  readonly title: string;
  readonly organisation: GuidanceLevelView | null;
  readonly leader: GuidanceLevelView | null;
}

/** One guidance level in the report's language. */
export interface GuidanceLevelView {
  readonly title: string;
  readonly intro: string | null;
  readonly questionsIntro: string | null;
  readonly questions: readonly string[];
  readonly casesIntro: string | null;
  readonly cases: readonly { readonly title: string; readonly body: string }[];
}

/** A unit under the subject (chain and tenant scope): its leader's chain scores, already filtered. */
export interface UnitView {
  /** Opaque key, stable within one view. */
  readonly key: string;
  readonly leaderName: string;
  readonly unitName: string | null;
  /** 1 for the units directly below the subject. */
  readonly depth: number;
  readonly scores: ScopedScores;
  readonly responseRates: { readonly direct: RoleRates; readonly chain: RoleRates };
  /**
   * Since SDK 1.2: the faggrupper at least the threshold's number of people in this unit's chain
   * hold, so a reader can choose units by faggruppe; fewer than that are never named.
   */
  readonly faggrupper?: readonly string[];
}

/** A reference group to compare with (the whole organisation, the previous round, a benchmark). */
export interface ComparisonView {
  readonly key: string;
  readonly label: string;
  readonly scores: GroupScores;
}

/**
 * Since SDK 1.4: why an earlier round has no point in a trend. `not-published`: the figure was
 * withheld in that round or is withheld in this one (only numbers published in both are compared);
 * `count-change`: the group's answering forms changed by fewer than k between the two rounds, so
 * the difference could speak for the few who joined or left; `not-asked`: the theme was not in that round.
 */
export type TrendGapReason = 'not-published' | 'count-change' | 'not-asked';

/** Since SDK 1.4: one earlier round's published employee theme mean, or why there is none. */
export type TrendPoint =
  | { readonly shown: true; readonly mean: number; readonly n: number }
  | { readonly shown: false; readonly reason: TrendGapReason };

/** Since SDK 1.4: an earlier closed round of the same organisation that a trend reaches back to. */
export interface TrendRound {
  /** The round's id (not a person or tenant id), so a reader can check a figure against that round's own report. */
  readonly id: string;
  readonly name: string;
  readonly closedAt: string | null;
}

/**
 * Since SDK 1.4: how the subject's employee theme means developed over earlier closed rounds of the
 * same organisation. `group` says which group is followed: the leader's own team (`direct`, the same
 * person), the chain (`chain`, the same unit) or the whole organisation. Every point obeys the
 * anonymity rules: a figure appears only where it was published in its round and this round's is
 * published too, and only where the two groups' answering forms differ by 0 or at least k.
 */
export interface TrendView {
  readonly group: 'direct' | 'chain' | 'organisation';
  /** Earlier rounds in which the subject had a predecessor, oldest first; this round is `ReportView.round`. */
  readonly rounds: readonly TrendRound[];
  /** Keyed by theme id (this round's themes): one point per entry of `rounds`, in the same order. */
  readonly themes: Readonly<Record<string, readonly TrendPoint[]>>;
  /** Earlier closed rounds in which no predecessor was found (a new leader, a unit split, merged or without a mapping): no trend rather than a wrong one. */
  readonly unmatchedRounds: number;
  /** The threshold the comparison holds to: the largest of the compared rounds' (a round may have been closed under a higher one than this). */
  readonly threshold: number;
}

/**
 * Everything a report plugin receives: aggregated, anonymity-filtered, plain data.
 * No tenant id, no person id, no single employee answer.
 */
export interface ReportView {
  readonly scope: ReportScope;
  readonly locale: Locale;
  /** The anonymity threshold k the round used. */
  readonly threshold: number;
  /** Since SDK 1.3: the threshold of the peers' (sideordnede lederes) group, which the round locked at launch. */
  readonly peerThreshold?: number;
  readonly round: { readonly name: string; readonly closedAt: string | null };
  /** The leader (leader/chain scope) or the organisation (tenant scope). */
  readonly subject: { readonly name: string; readonly unitName: string | null };
  readonly themes: readonly ThemeContentView[];
  readonly scores: ScopedScores;
  readonly responseRates: { readonly direct: RoleRates; readonly chain: RoleRates };
  /** Units below the subject, depth-first (each unit right after the unit above it, or after its siblings' sub-chains); empty for leader scope. */
  readonly units: readonly UnitView[];
  /** Reference groups; the whole organisation's has the key `organisation`. */
  readonly comparisons: readonly ComparisonView[];
  /** Since SDK 1.3: the comments this report may show; absent where the round asked no open questions. */
  readonly comments?: CommentsView;
  /** Since SDK 1.4: development over earlier closed rounds; absent where the organisation has none before this round. */
  readonly trend?: TrendView;
}
