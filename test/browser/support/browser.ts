import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium, as `.ci/run` installs it; another build with SAKSI_CHROMIUM. */
export const CHROMIUM = process.env['SAKSI_CHROMIUM'] ?? '/usr/bin/chromium';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const SCREENSHOTS = join(repoRoot, 'docs', 'screenshots');

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

/** A phone: what most citizens read Saksi on. */
export const PHONE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Root in a container has no user namespace for the sandbox.
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
}

/** A fresh profile (no cookies) on a phone-sized screen. The CSP would refuse the injected axe script. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, bypassCSP: true, locale: 'id-ID' });
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's findings on the page as it stands. Those of impact serious or critical fail a test;
 * the rest are returned too, for the report.
 */
export async function accessibilityViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: any[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((violation) => ({
      id: String(violation.id),
      impact: violation.impact ?? null,
      help: String(violation.help),
      targets: (violation.nodes as { target: unknown[] }[]).map((node) => node.target.join(' ')),
    }));
  });
}

export const serious = (violations: Violation[]) =>
  violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');

/** A phone-sized PNG for the README, of what the screen shows (not the whole page: they stay small). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
