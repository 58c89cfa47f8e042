/**
 * The browser-test harness: `startSpejl()` runs the real server on a random 127.0.0.1 port over a
 * fresh seeded PGlite; `openBrowser()` drives Debian's Chromium with playwright-core and checks
 * pages with axe-core. Both clean up after themselves; without Chromium the tests skip loudly.
 */
export { startSpejl, type RunningSpejl } from './harness/server.ts';
export { openBrowser, PHONE, seriousViolations, settle, chromiumAvailable, CHROMIUM_PATH, SCREENSHOT_DIR, type BrowserSession, type AxeViolation } from './harness/browser.ts';
export { ensureAdminBuilt, ADMIN_DIST } from './harness/admin-build.ts';
export { ensureSurveyBuilt, SURVEY_DIST } from './harness/survey-build.ts';
export { signIn, signOut } from './harness/sign-in.ts';
export { createDraftRound } from './harness/draft-round.ts';
export { surveyLink } from './harness/survey-links.ts';
export { popplerAvailable, reportPdfText } from './harness/pdf.ts';
export { demoLeaderAndPeers, type DemoPerson } from './harness/demo-leader.ts';
