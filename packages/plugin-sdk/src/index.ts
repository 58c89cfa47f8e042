// The contract between Spejl's core and its plugins: define themes and reports, the shapes they exchange.
export { LOCALES, DEFAULT_LOCALE, textIn, type Locale, type Texts } from './locales.ts';
export { RATER_ROLES, ANONYMOUS_ROLES, RATER_ROLE_LABELS, LOCAL_QUESTION_ROLES, type LocalQuestionRole, type RaterRole, type RoleTexts } from './roles.ts';
export { SECTORS, type Sector } from './sectors.ts';
export { DEFAULT_TIME_ZONE, canonicalTimeZone, isTimeZone, knownTimeZones, formatInstant, wallClockOf, calendarDayOf, instantOfWallClock, spreadsheetDateTime, type InstantFormat, type InstantStyle, type WallClock } from './time/index.ts';
export { agree5, toIndex, type Agree5Value, type Agree5Answer, type ScaleId } from './scales/agree5.ts';
export { PluginDefinitionError, type DefinitionIssue } from './errors.ts';
export { PluginId, SemverVersion } from './ids.ts';
export { SDK_VERSION, PLUGIN_KINDS, PluginManifest, PluginPackageJson, parsePluginPackageJson, type PluginKind } from './manifest/manifest.ts';

export { defineTheme, parseTheme, isTheme } from './theme/define-theme.ts';
export { renderTheme, asksRole, themeLocale, type RenderedTheme, type Audience } from './theme/render.ts';
export { questionKey, openQuestionKeys } from './theme/open-questions.ts';
export { MAX_OPEN_QUESTIONS } from './theme/theme-schema.ts';
export { LOCAL_THEME_ID, buildLocalTheme, type LocalQuestionsInput, type LocalEntry } from './theme/local-theme.ts';
export type * from './theme/types.ts';

export { EXAMPLE_PLACEHOLDER, KNOWN_PLACEHOLDERS, placeholdersIn, placeholderProblem, fillPlaceholders } from './framing/placeholders.ts';
export { resolveExample, faggruppeExample, faggruppeKey, tenantFramingFrom, type FramingSettings, type TenantFraming, type ExampleSource, type ResolvedExample } from './framing/resolve.ts';
export { TenantFramingInput, ExampleTexts } from './framing/tenant-framing-schema.ts';

/** zod, re-exported so a report's options schema and the SDK share one zod. */
export { z } from 'zod';
export { defineReport, isReport, runReport, type ReportDefinition, type ReportPlugin } from './report/define-report.ts';
export type { OptionLabel } from './report/option-labels.ts';
export { ReportDocumentSchema } from './report/document-schema.ts';
export { themeContentView, paragraphs } from './report/theme-content.ts';
export type * from './report/document.ts';
export type * from './report/view.ts';
export type * from './report/comments-view.ts';
export { cellOf, meanOf, type Aggregate } from './report/cells.ts';
export { employeeThemes, unitHeatmap, type HeatmapReference, type UnitHeatmapOptions, type UnitHeatmapTexts } from './report/unit-heatmap.ts';
export { heatmapLegendTexts } from './report/heatmap-legend-texts.ts';
export { commentBlocks } from './report/comment-blocks.ts';
export { trendBlock, trendBlocks } from './report/trend-blocks.ts';
export { HEX_COLOUR, AA_TEXT_CONTRAST, luminance, contrastRatio, carriesWhiteText } from './colour/contrast.ts';
export { HEAT_UNIT, HEAT_WITHHELD, HEAT_UNCOLOURED, heatDifference, heatStepOf, heatSteps, heatColours, inkOn, type HeatmapNumber, type HeatStep, type HeatStepIndex } from './colour/diverging.ts';
