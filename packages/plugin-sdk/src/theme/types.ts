import type { Locale, Texts } from '../locales.ts';
import type { RaterRole, RoleTexts } from '../roles.ts';
import type { ScaleId } from '../scales/agree5.ts';
import type { Sector } from '../sectors.ts';

/** One statement (*udsagn*): a short label for tables and its wording for each rater role. */
export interface ItemDefinition<R extends RaterRole, L extends Locale> {
  /** Stable id, kebab-case; with the theme id it names the column `<theme>.<item>` in response files. */
  id: string;
  /** Short name used in report tables, e.g. "Kultur". */
  label: Texts<L>;
  /** The statement as each role reads it (employee: "Min leder …", self: "Jeg …", superior: "Lederen …"). */
  text: RoleTexts<R, L>;
}

/**
 * An open question (*åbent spørgsmål*): free text a rater may write after the theme's statements.
 * Its id names the comment column `comment.<theme>.<question>` in response files.
 */
export interface OpenQuestionDefinition<R extends RaterRole, L extends Locale> {
  /** Stable id, kebab-case, unique within the theme. */
  id: string;
  /** Short name used where comments are listed, e.g. "Særligt godt". */
  label: Texts<L>;
  /** The question as each role reads it (employee: "Hvad gør din leder …", self: "Hvad gør du …"). */
  text: RoleTexts<R, L>;
}

/** "Hvad er det?", "Hvorfor er det vigtigt?" and, optionally, "Hvordan spørger vi …?"; paragraphs split by a blank line. */
export interface About<L extends Locale> {
  what: Texts<L>;
  why: Texts<L>;
  how?: Texts<L>;
}

/** A worked example in the guidance: a title and its paragraphs (split by a blank line). */
export interface GuidanceCase<L extends Locale> {
  title: Texts<L>;
  body: Texts<L>;
}

/** Guidance for one level of the organisation: an introduction, reflection questions and cases. */
export interface GuidanceLevel<L extends Locale> {
  title: Texts<L>;
  intro?: Texts<L>;
  questionsIntro?: Texts<L>;
  questions: readonly Texts<L>[];
  casesIntro?: Texts<L>;
  cases: readonly GuidanceCase<L>[];
}

/** "Hvordan kan I arbejde med …?": guidance for the organisation and for the single leader. */
export interface Guidance<L extends Locale> {
  title: Texts<L>;
  organisation?: GuidanceLevel<L>;
  leader?: GuidanceLevel<L>;
}

/**
 * An initiative (*indsats*) the theme suggests to organisations: an admin starts from it and edits
 * it before aiming it at leaders. Added in SDK 1.4; optional, so older themes stay valid.
 */
export interface InitiativeTemplateDefinition<L extends Locale> {
  /** Stable id, kebab-case, unique within the theme. */
  id: string;
  title: Texts<L>;
  /** What the initiative is and what the leaders get; paragraphs split by a blank line. */
  description: Texts<L>;
  /** When to follow up, in months after the start (1–24). */
  followUpMonths: number;
}

/** What `{{omraadeeksempel}}` becomes when the tenant has not configured an example: per sector, else neutral. */
export interface FramingDefaults<L extends Locale> {
  neutral: Texts<L>;
  sectors?: { readonly [S in Sector]?: Texts<L> };
  /** Shown to readers of the theme: that the framing is adapted per sector. */
  note?: Texts<L>;
}

/** What a theme author writes; `R` and `L` come from `roles` and `locales` and bind every text. */
export interface ThemeDefinition<R extends RaterRole, L extends Locale> {
  id: string;
  /** Semver; a round pins the version (and a snapshot of the content) it used. */
  version: string;
  roles: readonly R[];
  locales: readonly L[];
  scale?: ScaleId;
  title: Texts<NoInfer<L>>;
  about: About<NoInfer<L>>;
  /** The framing text shown before the statements, per role; may use `{{omraadeeksempel}}`. */
  intro: RoleTexts<NoInfer<R>, NoInfer<L>>;
  items: readonly ItemDefinition<NoInfer<R>, NoInfer<L>>[];
  /** Open questions asked after the statements; optional for the rater to answer. */
  questions?: readonly OpenQuestionDefinition<NoInfer<R>, NoInfer<L>>[];
  framing?: FramingDefaults<NoInfer<L>>;
  guidance?: Guidance<NoInfer<L>>;
  /** Initiatives the theme suggests to organisations (SDK 1.4). */
  initiatives?: readonly InitiativeTemplateDefinition<NoInfer<L>>[];
}

/** A validated, frozen theme as defineTheme returns it. */
export type Theme<R extends RaterRole = RaterRole, L extends Locale = Locale> = Readonly<
  Omit<ThemeDefinition<R, L>, 'scale'> & { kind: 'theme'; scale: ScaleId }
>;

/** Texts in some of the locales: the shape every stored or widened theme text has. */
export type SomeTexts = { readonly [K in Locale]?: string };

/**
 * Any theme, whatever roles and locales it declares: what the registry, core and a
 * round's pinned snapshot hold. Plain JSON; every `Theme<R, L>` is assignable to it.
 */
export interface AnyTheme {
  readonly kind: 'theme';
  readonly id: string;
  readonly version: string;
  readonly roles: readonly RaterRole[];
  readonly locales: readonly Locale[];
  readonly scale: ScaleId;
  readonly title: SomeTexts;
  readonly about: { readonly what: SomeTexts; readonly why: SomeTexts; readonly how?: SomeTexts };
  readonly intro: { readonly [K in RaterRole]?: SomeTexts };
  readonly items: readonly AnyThemeText[];
  /** Absent in themes pinned before open questions existed. */
  readonly questions?: readonly AnyThemeText[];
  readonly framing?: { readonly neutral: SomeTexts; readonly sectors?: { readonly [S in Sector]?: SomeTexts }; readonly note?: SomeTexts };
  readonly guidance?: AnyGuidance;
  /** Absent in themes that suggest no initiatives (and in every theme before SDK 1.4). */
  readonly initiatives?: readonly AnyInitiativeTemplate[];
}

/** An initiative template of any theme. */
export interface AnyInitiativeTemplate {
  readonly id: string;
  readonly title: SomeTexts;
  readonly description: SomeTexts;
  readonly followUpMonths: number;
}

/** An item or open question of any theme: its id, label and wording per role. */
export interface AnyThemeText {
  readonly id: string;
  readonly label: SomeTexts;
  readonly text: { readonly [K in RaterRole]?: SomeTexts };
}

/** Guidance of any theme (texts in some locales). */
export interface AnyGuidance {
  readonly title: SomeTexts;
  readonly organisation?: AnyGuidanceLevel;
  readonly leader?: AnyGuidanceLevel;
}

/** One guidance level of any theme. */
export interface AnyGuidanceLevel {
  readonly title: SomeTexts;
  readonly intro?: SomeTexts;
  readonly questionsIntro?: SomeTexts;
  readonly questions: readonly SomeTexts[];
  readonly casesIntro?: SomeTexts;
  readonly cases: readonly { readonly title: SomeTexts; readonly body: SomeTexts }[];
}
