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
 * antd animates: a fixed field's error fades out (rc-motion's `-leave` classes), a primary button
 * changes colour over 0.2 s after a click, and antd-mobile's masks fade through react-spring, which
 * writes `opacity` into the element's style frame by frame (no CSS animation, so `getAnimations()`
 * does not see it). Mid-way their contrast is too low, so axe must see the settled screen: wait (up
 * to 5 s) until no finite CSS transition or animation runs, no shown element is part-way through
 * such a fade, and no Toast is up — a Toast lives 2 s and would start fading during the scan.
 */
async function motionsSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (animation) =>
              animation.playState !== 'running' ||
              animation.effect?.getComputedTiming().endTime === Infinity,
          ) &&
        Array.from(document.querySelectorAll<HTMLElement>('[style*="opacity"]')).every(
          (element) => {
            const opacity = Number(element.style.opacity);
            return (
              Number.isNaN(opacity) ||
              opacity <= 0 ||
              opacity >= 1 ||
              getComputedStyle(element).display === 'none'
            );
          },
        ) &&
        Array.from(document.querySelectorAll<HTMLElement>('.adm-toast-mask')).every(
          (toast) => getComputedStyle(toast).display === 'none',
        ),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined); // still moving after 5 s: scan what is there
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
