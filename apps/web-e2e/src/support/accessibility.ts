import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What an axe scan found that blocks a person: the rule, how bad, and where. */
export interface BlockingViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Scans the page as it is now with axe (WCAG 2.1 A and AA rules and best practices) and returns the
 * serious and critical violations; APPS.md asks for none on any screen.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<BlockingViolation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/**
 * antd's motions (rc-motion) mark what is fading in or out with `-enter`/`-appear`/`-leave` classes: a
 * field's error message that fades out after it is fixed has too little contrast for those 300 ms.
 */
const IN_MOTION = '[class*="-enter"], [class*="-appear"], [class*="-leave"]';

/** Waits (up to 5 s) until nothing on the page is fading in or out, so axe sees the settled screen. */
async function motionsSettled(page: Page): Promise<void> {
  await page
    .waitForFunction((selector) => document.querySelector(selector) === null, IN_MOTION, {
      timeout: 5000,
    })
    .catch(() => undefined); // a motion that never ends: scan what is there
}

/** Fails, listing each one, when the page has a serious or critical accessibility violation. */
export async function expectAccessible(page: Page): Promise<void> {
  await motionsSettled(page);
  const violations = await seriousAccessibilityViolations(page);
  if (violations.length > 0)
    throw new Error(
      `axe found ${violations.length} serious or critical violation(s) on ${page.url()}:\n${violations
        .map((v) => `- ${v.rule} (${v.impact}): ${v.help}\n    at ${v.targets.join('\n    at ')}`)
        .join('\n')}`,
    );
}
