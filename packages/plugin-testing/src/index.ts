// Test helpers for plugin authors: check a theme is complete, run a report on realistic fixtures.
export { expectThemeComplete, missingThemeTexts } from './theme-completeness.ts';
export { fixtureView, SCENARIOS, type Scenario } from './report-fixtures.ts';
export { renderOnFixtures, documentText, allBlocks, type FixtureRun } from './run-report.ts';
export { sampleTheme } from './sample-theme.ts';
export { aggregateItem, aggregateTheme } from './aggregate.ts';
