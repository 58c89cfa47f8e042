// The browser-light entry: what the console needs to show a theme as respondents see it,
// without zod or the manifest machinery.
export { LOCALES, DEFAULT_LOCALE, textIn, type Locale, type Texts } from './locales.ts';
export { RATER_ROLES, RATER_ROLE_LABELS, LOCAL_QUESTION_ROLES, type LocalQuestionRole, type RaterRole } from './roles.ts';
export { SECTORS, type Sector } from './sectors.ts';
export { DEFAULT_TIME_ZONE, canonicalTimeZone, isTimeZone, knownTimeZones, formatInstant, wallClockOf, calendarDayOf, instantOfWallClock, spreadsheetDateTime, addMonths, type InstantFormat, type InstantStyle, type WallClock } from './time/index.ts';
export { agree5, toIndex } from './scales/agree5.ts';
export { renderTheme, asksRole, themeLocale, type RenderedTheme, type Audience } from './theme/render.ts';
export { resolveExample, faggruppeKey, tenantFramingFrom, type FramingSettings, type TenantFraming, type ResolvedExample, type ExampleSource } from './framing/resolve.ts';
export { EXAMPLE_PLACEHOLDER } from './framing/placeholders.ts';
export type { AnyTheme, SomeTexts } from './theme/types.ts';
export { HEX_COLOUR, AA_TEXT_CONTRAST, luminance, contrastRatio, carriesWhiteText } from './colour/contrast.ts';
export { HEAT_UNIT, HEAT_WITHHELD, HEAT_UNCOLOURED, heatDifference, heatStepOf, heatSteps, heatColours, inkOn, type HeatmapNumber, type HeatStep, type HeatStepIndex } from './colour/diverging.ts';
