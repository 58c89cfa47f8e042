import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium unless CHROMIUM_PATH points elsewhere; playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether browser tests can run on this machine. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
/** Screenshots land here (git-ignored) so a person can look at what the tests saw. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');

if (!chromiumAvailable) {
  console.warn(
    `\n!!! SKIPPED: browser tests need Chromium at ${CHROMIUM_PATH} (install Debian's \`chromium\` or set CHROMIUM_PATH). The console is NOT being tested in a browser.\n`,
  );
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One accessibility rule broken on a page, as axe-core reports it. */
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** A running browser with one page, torn down (profile included) by `close()`. */
export interface BrowserSession {
  /** The browser context (a fresh profile); open more pages with `browser.newPage()`. */
  browser: BrowserContext;
  page: Page;
  /** Saves a full-page PNG as `tests/e2e/screenshots/<name>.png` and returns its path. */
  screenshot(name: string, target?: Page): Promise<string>;
  /** Runs axe-core (WCAG 2.1 A/AA rules) on the page and returns its violations. */
  axe(target?: Page): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Waits until requests and CSS transitions have finished, so checks see the page as a person would. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 });
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await settle(page);
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages' CSP refuses those.
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** The violations a person would be blocked by (serious or critical), formatted for a test failure. */
export function seriousViolations(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A phone's viewport, for the respondent app. */
export const PHONE = { width: 390, height: 844 };

/**
 * Launches Chromium headless with a fresh profile directory; `close()` removes it again. `timezoneId`
 * sets the browser's own time zone; `phone` makes it a touch phone of {@link PHONE}'s size.
 */
export async function openBrowser(options: { locale?: string; timezoneId?: string; phone?: boolean } = {}): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'spejl-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.phone ? PHONE : { width: 1280, height: 860 },
    ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
    locale: options.locale ?? 'da-DK',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    timeout: 60_000,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(15_000);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    page,
    async screenshot(name, target = page) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await target.screenshot({ path, fullPage: true });
      return path;
    },
    axe: (target = page) => runAxe(target),
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
